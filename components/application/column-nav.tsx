"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import type { Neighbours } from "@/lib/applications/neighbours";

type Props = {
  neighbours: Neighbours | null;
  /** The column and filters as the URL carries them, kept on every link to a neighbour. */
  search: string;
};

const SHORTCUTS = [
  ["j", "nextKey"],
  ["k", "previousKey"],
  ["?", "helpKey"],
] as const;

const OUTCOMES = ["hired", "rejected", "withdrawn"] as const;
const isOutcome = (key: string): key is (typeof OUTCOMES)[number] => (OUTCOMES as readonly string[]).includes(key);

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
  const t = useTranslations("application.nav");
  const statuses = useTranslations("application.status");
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

  const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
  // An outcome's name is the viewer's word for it; a stage's name is the job's own.
  const column = !neighbours ? "" : isOutcome(neighbours.column) ? statuses(neighbours.column) : neighbours.columnName;

  return (
    <>
      {neighbours && (
        <nav className="column-nav" aria-label={t("label", { column })}>
          {previous ? (
            <Link href={previous} rel="prev" prefetch={false} aria-keyshortcuts="k">
              {t.rich("previous", { name: neighbours.previous!.name, hidden })}
            </Link>
          ) : (
            <span className="column-nav-end">{t("first")}</span>
          )}
          <span className="column-nav-place">
            {neighbours.position
              ? t("place", { position: neighbours.position, count: neighbours.count, column })
              : t("was", { column, count: neighbours.count })}
          </span>
          {next ? (
            <Link href={next} rel="next" prefetch={false} aria-keyshortcuts="j">
              {t.rich("next", { name: neighbours.next!.name, hidden })}
            </Link>
          ) : (
            <span className="column-nav-end">{t("last")}</span>
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
        {t("shortcuts")}
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t("shortcuts")}</h2>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{t("shortcutsHint")}</p>
        <form method="dialog">
          <button className="button small" type="submit">
            {t("close")}
          </button>
        </form>
      </dialog>
    </>
  );
}
