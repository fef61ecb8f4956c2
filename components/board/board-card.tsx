"use client";

import { useDraggable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Card } from "@/lib/applications/board";
import { placeSearch } from "@/lib/validations/board";
import { MatchSnippet } from "@/components/search/match-snippet";
import { useBoard } from "./board-context";
import { columnOf } from "./board-state";
import { CvIcon, GithubIcon, GripIcon, LinkedinIcon, LinkIcon } from "./icons";
import { MoveMenu } from "./move-menu";
import { moveOptions } from "./move-options";

/** A week in one stage is where a candidate starts to feel forgotten. */
const STALE_DAYS = 7;

function Links({ card }: { card: Card }) {
  const { linkedin, github, portfolio } = card.links;
  const t = useTranslations("board.card");
  const link = (href: string, icon: React.ReactNode) => (
    <a href={href} target="_blank" rel="noopener noreferrer" className="icon-link">
      {icon}
    </a>
  );
  return (
    <p className="card-icons">
      {card.hasCv && (
        <span className="icon-link" title={t("hasCv")}>
          <CvIcon label={t("hasCv")} />
        </span>
      )}
      {linkedin && link(linkedin, <LinkedinIcon label={t("linkedin", { name: card.name })} />)}
      {github && link(github, <GithubIcon label={t("github", { name: card.name })} />)}
      {portfolio && link(portfolio, <LinkIcon label={t("portfolio", { name: card.name })} />)}
    </p>
  );
}

function FeedbackLine({ feedback: f }: { feedback: NonNullable<Card["feedback"]> }) {
  const t = useTranslations("board");
  const done = f.interviews - f.upcoming;
  const parts = [
    t("scorecards", { submitted: f.submitted, expected: f.expected }),
    done > 0 ? t("interviewsDone", { count: done }) : null,
    f.upcoming > 0 ? t("planned", { count: f.upcoming }) : null,
  ].filter(Boolean);
  return (
    <p className={`card-feedback${f.overdue ? " overdue" : f.submitted === f.expected ? " complete" : ""}`}>
      {f.overdue && <span aria-hidden="true">⚠ </span>}
      {parts.join(" · ")}
      {f.overdue && <strong>{t("feedbackOverdue")}</strong>}
    </p>
  );
}

export function BoardCard({ card }: { card: Card }) {
  const board = useBoard();
  const t = useTranslations("board");
  const here = columnOf(card);
  // Closed applications only move again when an admin reopens them.
  const locked = card.status !== "active" && !board.mayReopen;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { column: here },
    disabled: locked,
  });
  const options = moveOptions(card, {
    order: board.order,
    stages: board.stages,
    columnName: board.columnName,
    mayReopen: board.mayReopen,
  });
  const stale = card.status === "active" && card.daysInStage > STALE_DAYS;
  const selectId = `select-${card.id}`;

  return (
    <article
      ref={setNodeRef}
      className={`board-card${isDragging ? " dragging" : ""}${board.selected.has(card.id) ? " selected" : ""}`}
      aria-labelledby={`card-${card.id}`}
    >
      <div className="card-head">
        {/* The label around the box is the larger target a finger needs on a phone (board.css). */}
        <label className="card-select">
          <input
            id={selectId}
            type="checkbox"
            checked={board.selected.has(card.id)}
            onChange={() => board.toggleSelected(card.id)}
            aria-label={t("card.select", { name: card.name })}
          />
        </label>
        <h3 id={`card-${card.id}`}>
          <Link
            href={`/staff/applications/${card.id}${placeSearch({ ...board.filters, column: here })}`}
            prefetch={false}
          >
            {card.name}
          </Link>
        </h3>
        {!locked && (
          <button type="button" id={`drag-${card.id}`} className="drag-handle" {...attributes} {...listeners}>
            <GripIcon label={t("card.drag", { name: card.name })} />
          </button>
        )}
      </div>
      <p className={`days${stale ? " stale" : ""}`}>
        {stale && <span aria-hidden="true">⚠ </span>}
        {t("daysInStage", { days: card.daysInStage })}
        {stale && <span className="visually-hidden">{t("staleWeek")}</span>}
      </p>
      {card.feedback && <FeedbackLine feedback={card.feedback} />}
      {card.scheduling && (
        <p className={`card-scheduling sched-${card.scheduling}`}>{t(`card.scheduling.${card.scheduling}`)}</p>
      )}
      {card.alsoApplied > 0 && <p className="also-applied">{t("card.alsoApplied", { count: card.alsoApplied })}</p>}
      <MatchSnippet html={card.snippet} className="match-snippet card-snippet" />
      <Links card={card} />
      {card.tags.length > 0 && (
        <ul className="tags" aria-label={t("card.tags")}>
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {options.some((o) => !o.disabled) && (
        <MoveMenu
          id={`move-${card.id}`}
          name={card.name}
          options={options}
          onChoose={(to) => board.move([card.id], to)}
        />
      )}
    </article>
  );
}
