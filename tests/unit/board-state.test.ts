import { describe, expect, it } from "vitest";
import type { Card, Column } from "@/lib/applications/board";
import { keepLoadedPages, loadLane, moveCards, restoreCards } from "@/components/board/board-state";

const card = (id: number, stage: string, day: number): Card => ({
  id,
  name: `C${id}`,
  stage,
  status: "active",
  version: 1,
  daysInStage: 0,
  hasCv: true,
  links: { linkedin: null, github: null, portfolio: null },
  tags: [],
  feedback: null,
  scheduling: null,
  alsoApplied: 0,
  createdAt: `2026-11-${String(day).padStart(2, "0")}T00:00:00.000Z`,
});
const column = (
  key: string,
  cards: Card[],
  count = cards.length,
  nextCursor: string | null = null,
  loaded = true,
): Column => ({ key, name: key, count, cards, nextCursor, loaded });
const lane = (key: string, count: number): Column => column(key, [], count, null, false);
const closed = (id: number, status: "rejected" | "hired", day: number): Card => ({
  ...card(id, "decision", day),
  status,
});
const ids = (c: Column | undefined) => c?.cards.map((x) => x.id);

describe("rolling back one refused move", () => {
  it("puts back only the refused card, leaving another move in flight where it went", () => {
    const start = [column("applied", [card(1, "applied", 3), card(2, "applied", 2)]), column("initial_call", [])];
    const both = moveCards(moveCards(start, [1], "initial_call"), [2], "initial_call");
    const undone = restoreCards(both, [start[0]!.cards[0]!]);
    expect(ids(undone.find((c) => c.key === "applied"))).toEqual([1]);
    expect(ids(undone.find((c) => c.key === "initial_call"))).toEqual([2]);
    expect(undone.map((c) => c.count)).toEqual([1, 1]);
  });
});

describe("a fresh board from the server", () => {
  it("keeps the older pages loaded with Show more, without repeating cards the fresh board shows elsewhere", () => {
    const local = [
      column(
        "applied",
        [card(9, "applied", 9), card(8, "applied", 8), card(7, "applied", 7), card(6, "applied", 6)],
        10,
        "cursor-3",
      ),
      column("initial_call", []),
    ];
    const fresh = [
      column("applied", [card(9, "applied", 9), card(8, "applied", 8)], 9, "cursor-1"),
      column("initial_call", [card(7, "initial_call", 7)], 1),
    ];
    const merged = keepLoadedPages(fresh, local);
    expect(ids(merged[0])).toEqual([9, 8, 6]);
    expect(merged[0]!.nextCursor).toBe("cursor-3");
    expect(merged[0]!.count).toBe(9);
    expect(ids(merged[1])).toEqual([7]);
  });

  it("takes the fresh column as it is when nothing more was loaded", () => {
    const fresh = [column("applied", [card(2, "applied", 2)], 5, "c")];
    expect(keepLoadedPages(fresh, [column("applied", [card(3, "applied", 3)], 5, "c")])).toEqual(fresh);
  });
});

describe("outcome lanes fetched when opened", () => {
  it("merges the first page with a card moved into the lane before it was opened, newest first, without repeats", () => {
    const start = [column("decision", [card(5, "decision", 5)]), lane("rejected", 3)];
    const moved = moveCards(start, [5], "rejected");
    expect(moved[1]).toMatchObject({ count: 4, loaded: false });
    const opened = loadLane(
      moved,
      "rejected",
      [closed(7, "rejected", 7), { ...card(5, "decision", 5), status: "rejected" }, closed(2, "rejected", 2)],
      "more",
    );
    expect(ids(opened[1])).toEqual([7, 5, 2]);
    expect(opened[1]).toMatchObject({ loaded: true, nextCursor: "more", count: 4 });
  });

  it("keeps an opened lane's cards when a fresh board arrives with the lane unloaded, under the fresh count", () => {
    const local = [
      column("decision", []),
      column("hired", [closed(4, "hired", 4), closed(3, "hired", 3)], 2, null, true),
    ];
    const fresh = [column("decision", [card(3, "decision", 3)], 1), lane("hired", 1)];
    const merged = keepLoadedPages(fresh, local);
    expect(merged[1]).toMatchObject({ loaded: true, count: 1 });
    expect(ids(merged[1])).toEqual([4]);
  });

  it("leaves a lane nobody opened unloaded", () => {
    const fresh = [lane("withdrawn", 6)];
    expect(keepLoadedPages(fresh, [lane("withdrawn", 5)])).toEqual(fresh);
  });
});
