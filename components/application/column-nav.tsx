"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Neighbours } from "@/lib/applications/neighbours";

type Props = {
  neighbours: Neighbours | null;
  /** The column and filters as the URL carries them, kept on every link to a neighbour. */
  search: string;
};

const SHORTCUTS = [
  ["j", "Next application in the column"],
  ["k", "Previous application in the column"],
  ["?", "Show these shortcuts"],
] as const;

/** Typing in a field, or working in a dialog or menu, must never be taken as a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return false;
  if (el.closest("input, textarea, select, dialog, [role='menu']")) return true;
  return (el as HTMLElement).isContentEditable;
}

/**
 * Previous and next in the board column the page was opened from (newest first, as the board),
 * with the keyboard shortcuts j, k and ?, which list themselves in a small dialog.
 */
export function ColumnNav({ neighbours, search }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const href = (id: number) => `/staff/applications/${id}${search}`;
  const previous = neighbours?.previous ? href(neighbours.previous.id) : null;
  const next = neighbours?.next ? href(neighbours.next.id) : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (e.key === "?") {
        e.preventDefault();
        if (!dialog.current?.open) dialog.current?.showModal();
        return;
      }
      if (e.shiftKey) return;
      const to = e.key === "j" ? next : e.key === "k" ? previous : null;
      if (!to) return;
      e.preventDefault();
      router.push(to);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [next, previous, router]);

  return (
    <>
      {neighbours && (
        <nav className="column-nav" aria-label={`Applications in ${neighbours.columnName}`}>
          {previous ? (
            <Link href={previous} rel="prev" prefetch={false} aria-keyshortcuts="k">
              ← Previous<span className="visually-hidden">: {neighbours.previous!.name}</span>
            </Link>
          ) : (
            <span className="column-nav-end">First in column</span>
          )}
          <span className="column-nav-place">
            {neighbours.position
              ? `${neighbours.position} of ${neighbours.count} in ${neighbours.columnName}`
              : `Was in ${neighbours.columnName} (${neighbours.count})`}
          </span>
          {next ? (
            <Link href={next} rel="next" prefetch={false} aria-keyshortcuts="j">
              Next<span className="visually-hidden">: {neighbours.next!.name}</span> →
            </Link>
          ) : (
            <span className="column-nav-end">Last in column</span>
          )}
        </nav>
      )}
      <button
        type="button"
        className="button small secondary shortcuts-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => dialog.current?.showModal()}
      >
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">Not while typing in a field. Escape closes this.</p>
        <form method="dialog">
          <button className="button small" type="submit">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
