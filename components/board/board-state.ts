import type { Card, Column } from "@/lib/applications/board";
import { isOutcome } from "@/lib/stages/transitions";

export type Found = { card: Card; column: Column };

export function findCard(columns: Column[], id: number): Found | null {
  for (const column of columns) {
    const card = column.cards.find((c) => c.id === id);
    if (card) return { card, column };
  }
  return null;
}

/** Where a card sits: its outcome once it has one, otherwise its stage. */
export function columnOf(card: Pick<Card, "status" | "stage">): string {
  return card.status === "active" ? card.stage : card.status;
}

/** Newest first, as the server lists them, so a reload does not reshuffle (or unfocus) cards. */
const newestFirst = (a: Card, b: Card) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** The board as it will be once the server agrees: cards leave their columns and join the target. */
export function moveCards(columns: Column[], ids: number[], to: string): Column[] {
  const moving = ids
    .map((id) => findCard(columns, id))
    .filter((f): f is Found => f !== null && columnOf(f.card) !== to);
  const leaving = new Set(moving.map((m) => m.card.id));
  const moved: Card[] = moving.map(({ card }) =>
    isOutcome(to) ? { ...card, status: to } : { ...card, status: "active", stage: to, daysInStage: 0 },
  );
  return columns.map((column) => {
    const left = column.cards.filter((c) => leaving.has(c.id)).length;
    const cards = column.cards.filter((c) => !leaving.has(c.id));
    if (column.key === to)
      return { ...column, count: column.count + moved.length, cards: [...moved, ...cards].sort(newestFirst) };
    return left ? { ...column, count: column.count - left, cards } : column;
  });
}

/** The versions the server returned, so the next move of the same card is not refused as stale. */
export function withVersions(columns: Column[], results: { id: number; version: number }[]): Column[] {
  const versions = new Map(results.map((r) => [r.id, r.version]));
  return columns.map((column) => ({
    ...column,
    cards: column.cards.map((c) => (versions.has(c.id) ? { ...c, version: versions.get(c.id)! } : c)),
  }));
}

/** A further page of one column; cards already shown (moved in meanwhile) are not repeated. */
export function appendPage(columns: Column[], key: string, items: Card[], nextCursor: string | null): Column[] {
  return columns.map((column) => {
    if (column.key !== key) return column;
    const shown = new Set(column.cards.map((c) => c.id));
    return { ...column, cards: [...column.cards, ...items.filter((c) => !shown.has(c.id))], nextCursor };
  });
}

/**
 * The first page of a lane that was opened: merged with any card moved into it meanwhile, newest
 * first, and from now on loaded like any column.
 */
export function loadLane(columns: Column[], key: string, items: Card[], nextCursor: string | null): Column[] {
  return columns.map((column) => {
    if (column.key !== key) return column;
    const fetched = new Set(items.map((c) => c.id));
    return {
      ...column,
      cards: [...column.cards.filter((c) => !fetched.has(c.id)), ...items].sort(newestFirst),
      nextCursor,
      loaded: true,
    };
  });
}

/**
 * Undoes one refused move: only these cards go back where they were, so another move still in
 * flight (or already confirmed) is not rolled back with it.
 */
export function restoreCards(columns: Column[], originals: Card[]): Column[] {
  const ids = new Set(originals.map((c) => c.id));
  return columns.map((column) => {
    const kept = column.cards.filter((c) => !ids.has(c.id));
    const back = originals.filter((c) => columnOf(c) === column.key);
    const left = column.cards.length - kept.length;
    if (!left && !back.length) return column;
    return { ...column, count: column.count - left + back.length, cards: [...back, ...kept].sort(newestFirst) };
  });
}

/**
 * A fresh board from the server (after any change) brings the first page of each column; the
 * older pages a user loaded with "Show more" stay, minus cards the fresh board shows elsewhere.
 * A lane the user opened stays open with the cards it had, under the fresh count.
 */
export function keepLoadedPages(fresh: Column[], local: Column[]): Column[] {
  const shown = new Set(fresh.flatMap((c) => c.cards.map((card) => card.id)));
  return fresh.map((column) => {
    const before = local.find((c) => c.key === column.key);
    if (!column.loaded && before?.loaded) {
      return {
        ...column,
        cards: before.cards.filter((c) => !shown.has(c.id)),
        nextCursor: before.nextCursor,
        loaded: true,
      };
    }
    const last = column.cards[column.cards.length - 1];
    if (!before || !last || !column.nextCursor || before.cards.length <= column.cards.length) return column;
    const older = before.cards.filter((c) => !shown.has(c.id) && newestFirst(last, c) < 0);
    return older.length ? { ...column, cards: [...column.cards, ...older], nextCursor: before.nextCursor } : column;
  });
}
