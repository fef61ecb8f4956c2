"use client";

import { useDroppable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Column } from "@/lib/applications/board";
import { BoardCard } from "./board-card";
import { useBoard } from "./board-context";

/**
 * The server draws the first cards of each column as HTML, which fills any screen; the rest of
 * the page's 50 come with the page's data and are drawn in the browser as soon as it hydrates.
 * That keeps the server's share of a 10,000-application board small.
 */
const SERVER_DRAWN_CARDS = 15;
const noSubscription = () => () => {};
/** False on the server and while hydrating, true once the browser has taken over. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

function Cards({ column }: { column: Column }) {
  const board = useBoard();
  const t = useTranslations("board");
  const hydrated = useHydrated();
  const drawn = hydrated ? column.cards : column.cards.slice(0, SERVER_DRAWN_CARDS);
  const [loading, setLoading] = useState(false);
  const more = useRef<HTMLButtonElement>(null);
  const load = async () => {
    if (loading) return;
    setLoading(true);
    await board.showMore(column.key);
    setLoading(false);
  };
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  // Scrolling to the end of a column loads the next page, as the button would.
  const hasMore = Boolean(column.nextCursor) && hydrated;
  useEffect(() => {
    const el = more.current;
    if (!el || !hasMore) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadRef.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore]);

  return (
    <>
      {drawn.length > 0 ? (
        <ul className="cards">
          {drawn.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t("noApplications")}</p>
      )}
      {hasMore && (
        <button ref={more} type="button" className="button small secondary show-more" onClick={load} disabled={loading}>
          {loading ? t("loading") : t("showMore")}
          <span className="visually-hidden">{t("showMoreIn", { column: column.name })}</span>
        </button>
      )}
    </>
  );
}

const Count = ({ n }: { n: number }) => (
  <span className="count">
    {n}
    <span className="visually-hidden">{useTranslations("board")("countApplications", { count: n })}</span>
  </span>
);

export function StageColumn({ column, shown }: { column: Column; shown: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? " over" : ""}${shown ? " shown" : ""}`}
      aria-labelledby={`col-${column.key}`}
    >
      <h2 id={`col-${column.key}`}>
        <span>{column.name}</span> <Count n={column.count} />
      </h2>
      <div className="column-body">
        <Cards column={column} />
      </div>
    </section>
  );
}

/**
 * An outcome lane: closed by default so the active process stays in view, yet always a drop zone.
 * Its cards are fetched the first time it is opened.
 */
export function OutcomeLane({ column }: { column: Column }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  const board = useBoard();
  const t = useTranslations("board");
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);
  const open = async () => {
    if (column.loaded || loading.current) return;
    loading.current = true;
    setFailed(false);
    const ok = await board.loadLane(column.key).catch(() => false);
    setFailed(!ok);
    loading.current = false;
  };
  return (
    <section
      ref={setNodeRef}
      className={`outcome-lane lane-${column.key}${isOver ? " over" : ""}`}
      aria-labelledby={`col-${column.key}`}
    >
      <details onToggle={(e) => e.currentTarget.open && void open()}>
        <summary>
          <h2 id={`col-${column.key}`}>
            <span>{column.name}</span> <Count n={column.count} />
          </h2>
        </summary>
        <div className="column-body" aria-busy={!column.loaded}>
          {column.loaded ? (
            <Cards column={column} />
          ) : (
            <p className="empty">{failed ? t("laneFailed") : t("loading")}</p>
          )}
        </div>
      </details>
    </section>
  );
}
