import { statusAction } from "@/lib/candidates/status-http";
import { withdrawConsentByToken } from "@/lib/people/consent";

/** "Stop keeping me for future roles", from the status page: the consent ends at once. */
export const POST = statusAction(withdrawConsentByToken, "consent_withdrawn");
