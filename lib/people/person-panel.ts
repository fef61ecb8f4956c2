import "server-only";
import { read } from "@/db";
import { visibleApplication } from "@/lib/applications/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { possibleDuplicates, type PossibleDuplicate } from "./duplicates";
import { undoableMerges, type MergeDto } from "./merge";
import { alsoApplied, type OtherApplication } from "./same-person";

export type PersonPanel = {
  candidateId: number;
  alsoApplied: OtherApplication[];
  /** For those who may merge: records that may be this person, and merges into it that can be undone. */
  duplicates: PossibleDuplicate[] | null;
  merges: MergeDto[] | null;
};

/** The application page's "one person across jobs" panel, as far as the viewer may see. */
export async function personPanel(actor: Actor | null, applicationId: number): Promise<PersonPanel> {
  const { actor: who, application } = await visibleApplication(actor, "staff.access", applicationId);
  const mayMerge = can(who, "candidates.merge");
  return {
    candidateId: application.candidateId,
    alsoApplied: await alsoApplied(who, applicationId),
    duplicates: mayMerge ? await possibleDuplicates(who, { candidateId: application.candidateId }) : null,
    merges: mayMerge ? await undoableMerges(read(), application.candidateId) : null,
  };
}
