import {
  closestCenter,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from "@dnd-kit/core";

/** The mouse drops where the pointer is; the keyboard drops on the column it jumped to. */
export const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

/** One drag's memory: whether the card has left its column, and the column the keys aim at. */
export type Trip = { left: boolean; at?: string };

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Arrow keys jump a whole column (then through the outcome lanes) instead of nudging pixels:
 * the dragged card is centred on the next drop zone, so closestCenter picks exactly that one.
 */
export function columnCoordinates(order: readonly string[], trip: Trip): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const step = STEPS[event.code];
    if (!step) return undefined;
    event.preventDefault();
    const { over, active, collisionRect, droppableRects } = context;
    // Our own record of the column aimed at: `over` lags a render behind quick key presses.
    const from = trip.at ?? String(over?.id ?? active?.data.current?.column ?? "");
    const index = order.indexOf(from);
    const target = order[index < 0 ? 0 : Math.min(Math.max(index + step, 0), order.length - 1)];
    const rect = target ? droppableRects.get(target) : undefined;
    if (!rect || !collisionRect) return currentCoordinates;
    trip.at = target;
    return {
      x: rect.left + rect.width / 2 - collisionRect.width / 2,
      y: rect.top + Math.min(rect.height / 2, 120) - collisionRect.height / 2,
    };
  };
}

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this application, press Space to pick it up. Use the arrow keys to go to another column or outcome, " +
    "then press Space to drop it there, or Escape to cancel. The Move to menu does the same without dragging.",
};

/**
 * Human sentences for the live region; `name` and `column` look up the current board. `trip`
 * remembers whether the card has left its column yet, so the first "over its own column" event
 * does not talk over "Picked up".
 */
export function boardAnnouncements(
  name: (id: unknown) => string,
  column: (key: unknown) => string,
  from: (id: unknown) => string,
  trip: Trip,
): Announcements {
  return {
    onDragStart: ({ active }) => {
      trip.left = false;
      trip.at = undefined;
      return `Picked up ${name(active.id)} from ${column(from(active.id))}.`;
    },
    onDragOver: ({ active, over }) => {
      const home = over?.id === from(active.id);
      if (home && !trip.left) return undefined;
      trip.left = true;
      if (!over) return `${name(active.id)} is no longer over a column.`;
      return home
        ? `${name(active.id)} is back over ${column(over.id)}.`
        : `${name(active.id)} is over ${column(over.id)}.`;
    },
    onDragEnd: ({ active, over }) => {
      if (!over || over.id === from(active.id))
        return `${name(active.id)} was dropped back in ${column(from(active.id))}. Nothing changed.`;
      if (over.id === "rejected") return `Dropped ${name(active.id)} on Rejected. Choose a reason to reject.`;
      return `Moved ${name(active.id)} to ${column(over.id)}.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${name(active.id)} stays in ${column(from(active.id))}.`,
  };
}
