"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { UNDO_SECONDS } from "@/lib/stages/transitions";

export type Offer = {
  /** Tells one offer from the next, so each gets its own UNDO_SECONDS. */
  key: number;
  /** What happened, in a sentence. */
  said: string;
  items: { id: number; version: number }[];
};

type Props = { offer: Offer; onUndo: (offer: Offer) => void };

/**
 * What a move did and an Undo button for UNDO_SECONDS after it, on the board and on the
 * application page; the server keeps the same limit (lib/applications/undo.ts).
 */
export function UndoOffer({ offer, onUndo }: Props) {
  const t = useTranslations("board");
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setOpen(false), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="undo-offer">
      <span>{offer.said}</span>
      {open && (
        <button type="button" className="button small secondary" onClick={() => onUndo(offer)}>
          {t("undo")}
        </button>
      )}
    </div>
  );
}
