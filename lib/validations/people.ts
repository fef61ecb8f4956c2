import { z } from "zod";
import { msg } from "./message";

const candidateId = z.coerce
  .number({ error: msg("people.candidateId") })
  .int()
  .positive(msg("people.candidateId"));

/** A merge: which record stays, and which one is merged into it. */
export const mergeInput = z.strictObject({ keepCandidateId: candidateId, mergeCandidateId: candidateId });
export type MergeInput = z.output<typeof mergeInput>;

/** The talent pool's search and filters, from the page's query string or the API. */
export const talentFilters = z.object({
  q: z.string().trim().max(200, msg("people.searchTooLong")).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, msg("people.country"))
    .optional()
    .catch(undefined),
  tag: z.string().trim().max(50).optional(),
  reached: z
    .enum(["screening", "interview", "decision", "offer_checks"], {
      error: msg("people.reached"),
    })
    .optional(),
});
export type TalentFilters = z.output<typeof talentFilters>;

/** An invitation from the pool: to whom (the candidate record) and for which open job. */
export const talentInvite = z.strictObject({
  candidateId,
  jobSlug: z.string().trim().min(1, msg("people.job")).max(100),
});
export type TalentInviteInput = z.output<typeof talentInvite>;

/** `GET /api/staff/duplicates?candidate=`: all possible duplicates, or those of one record. */
export const duplicatesQuery = z.object({ candidate: candidateId.optional() });

/** The candidate's answer from a renewal or unsubscribe link. */
export const consentAnswer = z.object({ answer: z.enum(["keep", "withdraw"], { error: msg("people.consent") }) });
