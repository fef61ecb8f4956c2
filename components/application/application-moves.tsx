"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { moveAction, undoMoveAction } from "@/app/staff/applications/[id]/actions";
import { MoveMenu } from "@/components/board/move-menu";
import { moveOptions, whereNow } from "@/components/board/move-options";
import { RejectDialog, type RejectDetails } from "@/components/board/reject-dialog";
import { UndoOffer, type Offer } from "@/components/board/undo-offer";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { OUTCOMES, UNDO_SECONDS } from "@/lib/stages/transitions";

type Props = {
  detail: Pick<ApplicationDetail, "id" | "stage" | "status" | "version" | "process" | "may"> & { name: string };
  /** The interviewers' suggestions for the candidate, which the reject dialog starts from. */
  suggestedFeedback: string;
};

/**
 * The board card's moves where the application is read: Move to (stages and outcomes, the same
 * options the card offers this viewer) and Reject with its dialog, through the same command.
 * Afterwards the page reloads its data and says what happened, with Undo for UNDO_SECONDS; a
 * stale page is told where the application is now and shows it.
 */
export function ApplicationMoves({ detail, suggestedFeedback }: Props) {
  const t = useTranslations("application.moves");
  const board = useTranslations("board");
  const statuses = useTranslations("application.status");
  const common = useTranslations("common");
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [pending, setPending] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [offer, setOffer] = useState<Offer | null>(null);
  // Each offer gets its own key, so its Undo has its own seconds.
  const offers = useRef(0);

  const names = new Map<string, string>([
    ...detail.process.map((s) => [s.key, s.name] as const),
    ...OUTCOMES.map((o) => [o, statuses(o)] as const),
  ]);
  const columnName = (key: string) => names.get(key) ?? key;
  const options = moveOptions(detail, {
    order: [...detail.process.map((s) => s.key), ...OUTCOMES],
    stages: detail.process,
    columnName,
    mayReopen: detail.may.reopen,
  });
  const canReject = options.some((o) => o.key === "rejected" && !o.disabled);
  const canWithdraw = options.some((o) => o.key === "withdrawn" && !o.disabled);

  const refused = (
    result: { error: string; message: string; current?: unknown },
    failed: "couldNotMove" | "couldNotUndo",
  ) => {
    const where = result.error === "conflict" ? whereNow(result.current, columnName) : null;
    setAlert(where ? t("changed", { where }) : t(failed, { name: detail.name, message: result.message }));
  };

  async function commit(to: string, details?: RejectDetails) {
    setPending(true);
    setAlert(null);
    setStatus("");
    setOffer(null);
    const result = await moveAction({ applicationId: detail.id, to, version: detail.version, ...details });
    setPending(false);
    router.refresh();
    if (!result.ok) return refused(result, "couldNotMove");
    const said =
      to === "rejected"
        ? t("rejected", { name: detail.name, seconds: UNDO_SECONDS })
        : to === "withdrawn"
          ? t("withdrew", { name: detail.name })
          : board("moved", { name: detail.name, column: columnName(to) });
    setStatus(said);
    // A hire is not undone (lib/applications/undo.ts); the message alone says what happened.
    if (to !== "hired")
      setOffer({ key: (offers.current += 1), said, items: [{ id: detail.id, version: result.data.version }] });
  }

  async function undo(undone: Offer) {
    setPending(true);
    setAlert(null);
    setOffer(null);
    const result = await undoMoveAction({ items: undone.items });
    setPending(false);
    router.refresh();
    if (!result.ok) return refused(result, "couldNotUndo");
    setStatus(t("undone", { name: detail.name, column: columnName(result.data.stage) }));
  }

  // Those who may not move (hiring managers) get no controls at all; the server refuses them too.
  if (!detail.may.move) return null;
  return (
    <section className="application-moves" aria-label={t("label")}>
      {options.some((o) => !o.disabled) && (
        <div className="moves-row">
          <MoveMenu
            id="application-move"
            name={detail.name}
            options={options}
            onChoose={(to) => (to === "rejected" ? setRejecting(true) : void commit(to))}
          />
          {canReject && (
            <button type="button" className="button small danger" disabled={pending} onClick={() => setRejecting(true)}>
              {t("reject")}
            </button>
          )}
          {canWithdraw && (
            <button
              type="button"
              className="button small secondary"
              disabled={pending}
              onClick={() => setWithdrawing(true)}
            >
              {t("withdraw")}
            </button>
          )}
        </div>
      )}
      {withdrawing && (
        <div className="withdraw-confirm" role="group" aria-label={t("withdrawLabel")}>
          <p>{t("withdrawConfirm", { name: detail.name })}</p>
          <button
            type="button"
            className="button small danger"
            onClick={() => {
              setWithdrawing(false);
              void commit("withdrawn");
            }}
          >
            {t("withdrawButton")}
          </button>
          <button type="button" className="button small secondary" onClick={() => setWithdrawing(false)}>
            {common("cancel")}
          </button>
        </div>
      )}
      <p role="status" className={offer ? "visually-hidden" : status ? "success move-status" : "move-status empty"}>
        {status}
      </p>
      {offer && <UndoOffer key={offer.key} offer={offer} onUndo={(o) => void undo(o)} />}
      <div role="alert" className={alert ? "error move-alert" : "move-alert empty"}>
        {alert}
      </div>
      {rejecting && (
        <RejectDialog
          title={board("rejectOne", { name: detail.name })}
          version={detail.version}
          suggestedFeedback={suggestedFeedback}
          onCancel={() => {
            setRejecting(false);
            setStatus(board("notRejected"));
          }}
          onConfirm={(details) => {
            setRejecting(false);
            void commit("rejected", details);
          }}
        />
      )}
    </section>
  );
}
