"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { moveAction, undoMoveAction } from "@/app/staff/applications/[id]/actions";
import { MoveMenu } from "@/components/board/move-menu";
import { moveOptions, whereNow } from "@/components/board/move-options";
import { RejectDialog, type RejectDetails } from "@/components/board/reject-dialog";
import { UndoOffer, type Offer } from "@/components/board/undo-offer";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { OUTCOME_NAMES, OUTCOMES, UNDO_SECONDS } from "@/lib/stages/transitions";

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
    ...OUTCOMES.map((o) => [o, OUTCOME_NAMES[o]] as const),
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

  const refused = (result: { error: string; message: string; current?: unknown }, doing: string) => {
    const where = result.error === "conflict" ? whereNow(result.current, columnName) : null;
    setAlert(
      where
        ? `This application was changed meanwhile: it is now in ${where}. Nothing was changed; the page now shows where it is.`
        : `Could not ${doing} ${detail.name}: ${result.message} Nothing was changed.`,
    );
  };

  async function commit(to: string, details?: RejectDetails) {
    setPending(true);
    setAlert(null);
    setStatus("");
    setOffer(null);
    const result = await moveAction({ applicationId: detail.id, to, version: detail.version, ...details });
    setPending(false);
    router.refresh();
    if (!result.ok) return refused(result, "move");
    const said =
      to === "rejected"
        ? `Rejected ${detail.name}. The email with your feedback goes to the candidate in ${UNDO_SECONDS} seconds, unless you undo.`
        : to === "withdrawn"
          ? `Withdrew ${detail.name}'s application on their behalf.`
          : `Moved ${detail.name} to ${columnName(to)}.`;
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
    if (!result.ok) return refused(result, "undo the change to");
    setStatus(`Undone: ${detail.name} is back in ${columnName(result.data.stage)}.`);
  }

  // Those who may not move (hiring managers) get no controls at all; the server refuses them too.
  if (!detail.may.move) return null;
  return (
    <section className="application-moves" aria-label="Move this application">
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
              Reject…
            </button>
          )}
          {canWithdraw && (
            <button
              type="button"
              className="button small secondary"
              disabled={pending}
              onClick={() => setWithdrawing(true)}
            >
              Withdraw for the candidate…
            </button>
          )}
        </div>
      )}
      {withdrawing && (
        <div className="withdraw-confirm" role="group" aria-label="Withdraw on the candidate's behalf">
          <p>
            Withdraw {detail.name}&apos;s application on their behalf (they asked you to)? The candidate gets no email.
          </p>
          <button
            type="button"
            className="button small danger"
            onClick={() => {
              setWithdrawing(false);
              void commit("withdrawn");
            }}
          >
            Withdraw
          </button>
          <button type="button" className="button small secondary" onClick={() => setWithdrawing(false)}>
            Cancel
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
          title={`Reject ${detail.name}`}
          version={detail.version}
          suggestedFeedback={suggestedFeedback}
          onCancel={() => {
            setRejecting(false);
            setStatus("Not rejected; nothing changed.");
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
