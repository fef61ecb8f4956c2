import { z } from "zod";

const candidateId = z.coerce.number({ error: "Give a candidate id." }).int().positive("Give a candidate id.");

/** A merge: which record stays, and which one is merged into it. */
export const mergeInput = z.strictObject({ keepCandidateId: candidateId, mergeCandidateId: candidateId });
export type MergeInput = z.output<typeof mergeInput>;

/** The talent pool's search and filters, from the page's query string or the API. */
export const talentFilters = z.object({
  q: z.string().trim().max(200, "Search at most 200 characters.").optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose a country.")
    .optional()
    .catch(undefined),
  tag: z.string().trim().max(50).optional(),
  reached: z
    .enum(["screening", "interview", "decision", "offer_checks"], {
      error: "Choose a stage kind: screening, interview, decision or offer_checks.",
    })
    .optional(),
});
export type TalentFilters = z.output<typeof talentFilters>;

/** An invitation from the pool: to whom (the candidate record) and for which open job. */
export const talentInvite = z.strictObject({
  candidateId,
  jobSlug: z.string().trim().min(1, "Choose an open job.").max(100),
});
export type TalentInviteInput = z.output<typeof talentInvite>;

/** `GET /api/staff/duplicates?candidate=`: all possible duplicates, or those of one record. */
export const duplicatesQuery = z.object({ candidate: candidateId.optional() });

/** The candidate's answer from a renewal or unsubscribe link. */
export const consentAnswer = z.object({ answer: z.enum(["keep", "withdraw"], { error: "Answer keep or withdraw." }) });
