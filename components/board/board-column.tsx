"use client";

import { useDroppable } from "@dnd-kit/core";
import { useEffect, useRef, useState } from "react";
import type { Column } from "@/lib/applications/board";
import { BoardCard } from "./board-card";
import { useBoard } from "./board-context";

function Cards({ column }: { column: Column }) {
  const board = useBoard();
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
  const hasMore = Boolean(column.nextCursor);
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
      {column.cards.length > 0 ? (
        <ul className="cards">
          {column.cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No applications</p>
      )}
      {hasMore && (
        <button ref={more} type="button" className="button small secondary show-more" onClick={load} disabled={loading}>
          {loading ? "Loading…" : "Show more"}
          <span className="visually-hidden"> in {column.name}</span>
        </button>
      )}
    </>
  );
}

const Count = ({ n }: { n: number }) => (
  <span className="count">
    {n}
    <span className="visually-hidden">{n === 1 ? " application" : " applications"}</span>
  </span>
);

export function StageColumn({ column }: { column: Column }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? " over" : ""}`} aria-labelledby={`col-${column.key}`}>
      <h2 id={`col-${column.key}`}>
        <span>{column.name}</span> <Count n={column.count} />
      </h2>
      <div className="column-body">
        <Cards column={column} />
      </div>
    </section>
  );
}

/** An outcome lane: closed by default so the active process stays in view, yet always a drop zone. */
export function OutcomeLane({ column }: { column: Column }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  return (
    <section ref={setNodeRef} className={`outcome-lane lane-${column.key}${isOver ? " over" : ""}`} aria-labelledby={`col-${column.key}`}>
      <details>
        <summary>
          <h2 id={`col-${column.key}`}>
            <span>{column.name}</span> <Count n={column.count} />
          </h2>
        </summary>
        <div className="column-body">
          <Cards column={column} />
        </div>
      </details>
    </section>
  );
}
