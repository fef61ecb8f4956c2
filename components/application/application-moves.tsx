"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { moveAction } from "@/app/staff/applications/[id]/actions";
import { MoveMenu } from "@/components/board/move-menu";
import { moveOptions, whereNow } from "@/components/board/move-options";
import { RejectDialog, type RejectDetails } from "@/components/board/reject-dialog";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { OUTCOME_NAMES, OUTCOMES } from "@/lib/stages/transitions";

type Props = {
  detail: Pick<ApplicationDetail, "id" | "stage" | "status" | "version" | "process" | "may"> & { name: string };
  /** The interviewers' suggestions for the candidate, which the reject dialog starts from. */
  suggestedFeedback: string;
};

/**
 * The board card's moves where the application is read: Move to (stages and outcomes, the same
 * options the card offers this viewer) and Reject with its dialog, through the same command.
 * Afterwards the page reloads its data and says what happened; a stale page is told where the
 * application is now and shows it.
 */
export function ApplicationMoves({ detail, suggestedFeedback }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [pending, setPending] = useState(false);

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

  async function commit(to: string, details?: RejectDetails) {
    setPending(true);
    setAlert(null);
    setStatus("");
    const result = await moveAction({ applicationId: detail.id, to, version: detail.version, ...details });
    setPending(false);
    router.refresh();
    if (result.ok) {
      setStatus(
        to === "rejected"
          ? `Rejected ${detail.name}. The feedback is kept to be sent to the candidate.`
          : `Moved ${detail.name} to ${columnName(to)}.`,
      );
      return;
    }
    const where = result.error === "conflict" ? whereNow(result.current, columnName) : null;
    setAlert(
      where
        ? `This application was changed meanwhile: it is now in ${where}. Nothing was changed; the page now shows where it is.`
        : `Could not move ${detail.name}: ${result.message} Nothing was changed.`,
    );
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
        </div>
      )}
      <p role="status" className={status ? "success move-status" : "move-status empty"}>
        {status}
      </p>
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
