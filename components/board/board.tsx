"use client";

import { useTranslations } from "next-intl";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { bulkMoveAction, moveAction, showMoreAction, undoMovesAction } from "@/app/staff/jobs/[slug]/actions";
import type { Board as BoardData, BoardFilters, Column } from "@/lib/applications/board";
import { OutcomeLane, StageColumn } from "./board-column";
import { BoardContext, type BoardApi } from "./board-context";
import {
  boardAnnouncements,
  collisionDetection,
  columnCoordinates,
  screenReaderInstructions,
  type BoardT,
  type Trip,
} from "./board-dnd";
import {
  appendPage,
  columnOf,
  findCard,
  keepLoadedPages,
  loadLane,
  moveCards,
  restoreCards,
  withVersions,
} from "./board-state";
import { BulkBar } from "./bulk-bar";
import { whereNow } from "./move-options";
import { ColumnSwitcher } from "./column-switcher";
import { IconSprite } from "./icons";
import { isOutcome, UNDO_SECONDS } from "@/lib/stages/transitions";
import { RejectDialog, type RejectDetails } from "./reject-dialog";
import { UndoOffer, type Offer } from "./undo-offer";

type Props = { board: BoardData; filters: BoardFilters; column?: string };
type Failure = { error: string; message: string; current?: unknown };

/** A refusal in words a recruiter can act on; a conflict says where the application is now. */
function describeFailure(
  t: BoardT,
  result: Failure,
  who: string,
  nameOf: (id: number) => string | undefined,
  columnName: (key: string) => string,
): string {
  const where = result.error === "conflict" ? whereNow(result.current, columnName) : null;
  if (where) {
    const id = (result.current as { id?: number }).id ?? 0;
    return t("movedFirst", { name: nameOf(id) ?? who, where });
  }
  return t("couldNotMove", { name: who, message: result.message });
}

export function Board({ board, filters, column }: Props) {
  const statuses = useTranslations("application.status");
  // The stages are named by the job (as typed); the outcome lanes are ours, named in the viewer's language.
  const all = (b: BoardData): Column[] => [
    ...b.stages,
    ...b.outcomes.map((o) => (isOutcome(o.key) ? { ...o, name: statuses(o.key) } : o)),
  ];
  // Local state for optimistic moves; a fresh board from the server (after a move) replaces it.
  const [source, setSource] = useState(board);
  const [columns, setColumns] = useState(() => all(board));
  if (source !== board) {
    setSource(board);
    setColumns(keepLoadedPages(all(board), columns));
  }
  const t = useTranslations("board");
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [offer, setOffer] = useState<Offer | null>(null);
  // Each offer gets its own key, so its Undo has its own seconds.
  const offers = useRef(0);
  const [selected, setSelected] = useState<Set<number>>(() => new Set());
  const [rejecting, setRejecting] = useState<{ ids: number[]; opener: HTMLElement | null } | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [trip] = useState<Trip>(() => ({ left: false }));
  const router = useRouter();
  // The stage column a narrow screen shows; wide screens show them all.
  const [shown, setShown] = useState(() =>
    board.stages.some((s) => s.key === column) ? column! : (board.stages[0]?.key ?? ""),
  );

  // A moved card is rendered afresh in its new column; keep the keyboard user's place on it.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    const el = document.getElementById(id);
    const closedLane = el?.closest("details:not([open])");
    const target = closedLane?.querySelector("summary") ?? el;
    // On a narrow board the card's new column may not be the one shown: stay at the switcher.
    (target && target.getClientRects().length > 0 ? target : document.getElementById("board-column"))?.focus();
  }, [columns]);

  const stageKeys = board.stages.map((s) => s.key);
  const order = [...stageKeys, ...board.outcomes.map((o) => o.key)];
  const orderKey = order.join(",");
  const names = new Map(columns.map((c) => [c.key, c.name]));
  const columnName = (key: string) => names.get(key) ?? key;
  const nameOf = (id: number) => findCard(columns, id)?.card.name;
  const fromOf = (id: number) => {
    const found = findCard(columns, id);
    return found ? columnOf(found.card) : "";
  };

  const coordinateGetter = useMemo(() => columnCoordinates(orderKey.split(","), trip), [orderKey, trip]);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the card's buttons still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: "auto" }),
  );

  async function commit(ids: number[], to: string, details?: RejectDetails, quiet = false) {
    const found = ids.map((id) => findCard(columns, id)).filter((f) => f !== null && columnOf(f.card) !== to);
    if (found.length === 0) return;
    const who = found.length === 1 ? found[0]!.card.name : t("applications", { count: found.length });
    const focused = document.activeElement;
    if (found.length === 1 && focused?.id && focused.closest(".board-card")) refocus.current = focused.id;
    setAlert(null);
    setOffer(null);
    setColumns(moveCards(columns, ids, to));
    const result =
      found.length === 1
        ? await moveAction({ id: found[0]!.card.id, move: { to, version: found[0]!.card.version, ...details } }).then(
            (r) => (r.ok ? { ok: true as const, data: [r.data] } : r),
          )
        : await bulkMoveAction({
            to,
            items: found.map((f) => ({ id: f!.card.id, version: f!.card.version })),
            ...details,
          });
    if (!result.ok) {
      setColumns((c) =>
        restoreCards(
          c,
          found.map((f) => f!.card),
        ),
      );
      setAlert(describeFailure(t, result, who, nameOf, columnName));
      return;
    }
    setColumns((c) => withVersions(c, result.data));
    if (found.length > 1) setSelected(new Set());
    const said =
      to === "rejected"
        ? t("rejected", { name: who, seconds: UNDO_SECONDS })
        : t("moved", { name: who, column: columnName(to) });
    if (!quiet) setStatus(said);
    // A hire is not undone (lib/applications/undo.ts); the message alone says what happened.
    if (to !== "hired")
      setOffer({ key: (offers.current += 1), said, items: result.data.map((r) => ({ id: r.id, version: r.version })) });
  }

  async function undo(undone: Offer) {
    setOffer(null);
    setAlert(null);
    const result = await undoMovesAction({ items: undone.items });
    if (!result.ok) {
      const where = result.error === "conflict" ? whereNow(result.current, columnName) : null;
      setAlert(where ? t("undoConflict", { where }) : t("undoFailed", { message: result.message }));
      return;
    }
    // Each card goes back where the server put it, with the version it returned.
    let next = columns;
    for (const r of result.data) next = moveCards(next, [r.id], r.status === "active" ? r.stage : r.status);
    setColumns(withVersions(next, result.data));
    const who =
      result.data.length === 1
        ? (nameOf(result.data[0]!.id) ?? t("theApplication"))
        : t("applications", { count: result.data.length });
    const back = result.data[0]!;
    setStatus(
      t("undone", {
        count: result.data.length,
        name: who,
        column: columnName(back.status === "active" ? back.stage : back.status),
      }),
    );
  }

  const move = (ids: number[], to: string) => {
    if (to === "rejected") setRejecting({ ids, opener: document.activeElement as HTMLElement | null });
    else void commit(ids, to);
  };

  const api: BoardApi = {
    mayReopen: board.may.reopen,
    stages: board.stages.map((s) => ({ key: s.key, kind: s.kind })),
    order,
    columnName,
    filters,
    selected,
    toggleSelected: (id) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    move,
    showMore: async (key) => {
      const cursor = columns.find((c) => c.key === key)?.nextCursor;
      if (!cursor) return;
      const result = await showMoreAction({ slug: board.job.slug, stage: key, cursor, ...filters });
      if (result.ok) setColumns((c) => appendPage(c, key, result.data.items, result.data.nextCursor));
      else setAlert(t("moreFailed", { message: result.message }));
    },
    loadLane: async (key) => {
      const result = await showMoreAction({ slug: board.job.slug, stage: key, ...filters });
      if (result.ok) setColumns((c) => loadLane(c, key, result.data.items, result.data.nextCursor));
      else setAlert(t("laneLoadFailed", { column: columnName(key), message: result.message }));
      return result.ok;
    },
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const id = Number(active.id);
    if (!over || over.id === fromOf(id)) return;
    if (over.id === "rejected") move([id], "rejected");
    else void commit([id], String(over.id), undefined, true);
  };

  const closeReject = () => {
    const opener = rejecting?.opener;
    setRejecting(null);
    if (opener?.isConnected) opener.focus();
  };

  return (
    <BoardContext.Provider value={api}>
      <IconSprite />
      <div role="alert" className={alert ? "board-alert" : "board-alert empty"}>
        {alert && (
          <>
            <p>{alert}</p>
            <button type="button" className="button small secondary" onClick={() => (setAlert(null), router.refresh())}>
              {t("refresh")}
            </button>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {offer && <UndoOffer key={offer.key} offer={offer} onUndo={(o) => void undo(o)} />}
      <BulkBar onClear={() => setSelected(new Set())} />
      <ColumnSwitcher columns={columns.filter((c) => stageKeys.includes(c.key))} shown={shown} onChange={setShown} />
      <DndContext
        id="board"
        sensors={sensors}
        collisionDetection={collisionDetection}
        accessibility={{
          announcements: boardAnnouncements(
            t,
            (id) => nameOf(Number(id)) ?? t("theApplication"),
            (k) => columnName(String(k)),
            (id) => fromOf(Number(id)),
            trip,
          ),
          screenReaderInstructions: screenReaderInstructions(t),
        }}
        onDragStart={({ active }) => setDragging(Number(active.id))}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="board">
          {columns
            .filter((c) => stageKeys.includes(c.key))
            .map((c) => (
              <StageColumn key={c.key} column={c} shown={c.key === shown} />
            ))}
          <div className="outcomes">
            {columns
              .filter((c) => !stageKeys.includes(c.key))
              .map((c) => (
                <OutcomeLane key={c.key} column={c} />
              ))}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging !== null && <div className="board-card overlay">{nameOf(dragging)}</div>}
        </DragOverlay>
      </DndContext>
      {rejecting && (
        <RejectDialog
          title={
            rejecting.ids.length === 1
              ? t("rejectOne", { name: nameOf(rejecting.ids[0]!) ?? "" })
              : t("rejectMany", { count: rejecting.ids.length })
          }
          version={findCard(columns, rejecting.ids[0]!)?.card.version ?? 1}
          onCancel={() => {
            closeReject();
            setStatus(t("notRejected"));
          }}
          onConfirm={(details) => {
            const ids = rejecting.ids;
            closeReject();
            void commit(ids, "rejected", details);
          }}
        />
      )}
    </BoardContext.Provider>
  );
}
