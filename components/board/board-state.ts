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
export function columnOf(card: Card): string {
  return card.status === "active" ? card.stage : card.status;
}

/** Newest first, as the server lists them, so a reload does not reshuffle (or unfocus) cards. */
const newestFirst = (a: Card, b: Card) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** The board as it will be once the server agrees: cards leave their columns and join the target. */
export function moveCards(columns: Column[], ids: number[], to: string): Column[] {
  const moving = ids.map((id) => findCard(columns, id)).filter((f): f is Found => f !== null && columnOf(f.card) !== to);
  const leaving = new Set(moving.map((m) => m.card.id));
  const moved: Card[] = moving.map(({ card }) =>
    isOutcome(to) ? { ...card, status: to } : { ...card, status: "active", stage: to, daysInStage: 0 },
  );
  return columns.map((column) => {
    const left = column.cards.filter((c) => leaving.has(c.id)).length;
    const cards = column.cards.filter((c) => !leaving.has(c.id));
    if (column.key === to) return { ...column, count: column.count + moved.length, cards: [...moved, ...cards].sort(newestFirst) };
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
