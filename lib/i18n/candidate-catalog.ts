import enApply from "@/messages/en/apply.json";
import enErrors from "@/messages/en/errors.json";
import enSite from "@/messages/en/site.json";
import enStatus from "@/messages/en/status.json";
import svApply from "@/messages/sv/apply.json";
import svErrors from "@/messages/sv/errors.json";
import svSite from "@/messages/sv/site.json";
import svStatus from "@/messages/sv/status.json";
import type { Locale } from "./locales";

/**
 * The namespaces the candidate pages read, on their own: client components there (the apply form)
 * import these and nothing of the staff catalogs. lib/i18n/catalog.ts adds the rest.
 */
const en = { site: enSite, apply: enApply, status: enStatus, errors: enErrors };

export type CandidateMessages = typeof en;

export const CANDIDATE_CATALOGS: Record<Locale, CandidateMessages> = {
  en,
  sv: { site: svSite, apply: svApply, status: svStatus, errors: svErrors },
};
