import {
  closestCenter,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from "@dnd-kit/core";
import type { useTranslations } from "next-intl";

export type BoardT = ReturnType<typeof useTranslations<"board">>;

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

/** What a screen reader says when a card gets focus, in the board's language. */
export function screenReaderInstructions(t: BoardT): ScreenReaderInstructions {
  return { draggable: t("dnd.instructions") };
}

/**
 * Human sentences for the live region, in the board's language; `name` and `column` look up the
 * current board. `trip` remembers whether the card has left its column yet, so the first "over its
 * own column" event does not talk over "Picked up".
 */
export function boardAnnouncements(
  t: BoardT,
  name: (id: unknown) => string,
  column: (key: unknown) => string,
  from: (id: unknown) => string,
  trip: Trip,
): Announcements {
  return {
    onDragStart: ({ active }) => {
      trip.left = false;
      trip.at = undefined;
      return t("dnd.pickedUp", { name: name(active.id), column: column(from(active.id)) });
    },
    onDragOver: ({ active, over }) => {
      const home = over?.id === from(active.id);
      if (home && !trip.left) return undefined;
      trip.left = true;
      if (!over) return t("dnd.outside", { name: name(active.id) });
      return t(home ? "dnd.backOver" : "dnd.over", { name: name(active.id), column: column(over.id) });
    },
    onDragEnd: ({ active, over }) => {
      if (!over || over.id === from(active.id))
        return t("dnd.droppedBack", { name: name(active.id), column: column(from(active.id)) });
      if (over.id === "rejected") return t("dnd.droppedOnRejected", { name: name(active.id), column: column(over.id) });
      return t("moved", { name: name(active.id), column: column(over.id) });
    },
    onDragCancel: ({ active }) => t("dnd.cancelled", { name: name(active.id), column: column(from(active.id)) }),
  };
}
