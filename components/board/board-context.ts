"use client";

import { createContext, useContext } from "react";
import type { BoardFilters } from "@/lib/applications/board";
import type { ProcessStage } from "@/lib/stages/process";

/** What every column and card needs from the board, without threading it through each level. */
export type BoardApi = {
  /** Whether this viewer may reopen a closed application, from the permission table. */
  mayReopen: boolean;
  stages: ProcessStage[];
  /** Stages, then outcomes: the order of the columns and of the Move to menu. */
  order: string[];
  columnName: (key: string) => string;
  /** The filters in force, which a card's link carries to the application page with its column. */
  filters: BoardFilters;
  selected: ReadonlySet<number>;
  toggleSelected: (id: number) => void;
  /** Moves cards; Rejected first asks for a reason and feedback. */
  move: (ids: number[], to: string) => void;
  showMore: (key: string) => Promise<void>;
  /** Fetches the first page of an outcome lane when it is first opened; false when refused. */
  loadLane: (key: string) => Promise<boolean>;
};

export const BoardContext = createContext<BoardApi | null>(null);

export function useBoard(): BoardApi {
  const api = useContext(BoardContext);
  if (!api) throw new Error("useBoard outside <Board>");
  return api;
}
