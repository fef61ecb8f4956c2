import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/**
 * The organisation's log (audit_log): who changed users, jobs and the periodic runs. Defined
 * once like the application events; `/staff/audit` and its API read rows back through it.
 */
const id = z.number().int().positive();
const role = z.enum(ROLES);
const event = <K extends string, D extends z.ZodType>(kind: K, data: D) => z.object({ kind: z.literal(kind), data });
const user = { userId: id, email: z.string() };
/** Which candidate message: its kind, language and the job it overrides (null: the organisation's). */
const template = { kind: z.string(), locale: z.string(), jobId: id.nullable() };

export const organisationEvent = z.discriminatedUnion("kind", [
  event("user.created", z.object({ ...user, name: z.string(), role })),
  event("user.renamed", z.object({ ...user, from: z.string(), to: z.string() })),
  event("user.role_changed", z.object({ ...user, from: role, to: role })),
  event("user.deactivated", z.object(user)),
  event("user.reactivated", z.object(user)),
  event("user.password_reset", z.object(user)),
  event(
    "user.signed_in",
    z.object({
      userId: id,
      session: z.string(),
      ip: z.string(),
      method: z.enum(["password", "second_factor", "recovery_code", "sso"]).optional(),
    }),
  ),
  event("user.signed_in_break_glass", z.object({ userId: id, email: z.string(), ip: z.string() })),
  event(
    "user.signed_in_refused",
    z.object({
      reason: z.enum(["no_account", "not_verified", "deactivated", "password_login_off", "invalid_token"]),
      email: z.string(),
      subject: z.string().optional(),
      /** For invalid_token: the check that failed (iss, aud, exp, nonce, state, signature...). */
      check: z.string().optional(),
      userId: id.optional(),
    }),
  ),
  event("user.sso_linked", z.object({ ...user, provider: z.string() })),
  event("user.second_factor_enrolled", z.object(user)),
  event("user.second_factor_removed", z.object(user)),
  event("user.second_factor_reset", z.object(user)),
  event("user.recovery_code_used", z.object({ userId: id, remaining: z.number().int().nonnegative() })),
  event("user.signed_out", z.object({ userId: id, session: z.string() })),
  event("session.ended", z.object({ userId: id, session: z.string() })),
  event("user.sessions_ended", z.object({ userId: id, count: z.number().int().nonnegative() })),
  event(
    "user.signed_in_failed_lockout",
    z.object({
      userId: id,
      ip: z.string(),
      failures: z.number().int().positive(),
      scope: z.enum(["account", "device", "second_factor"]),
    }),
  ),
  event("job.created", z.object({ jobId: id, slug: z.string() })),
  event(
    "job.updated",
    z.object({
      jobId: id,
      slug: z.string(),
      changed: z.array(z.string()),
      lists: z.array(z.string()).optional(),
      previousSlug: z.string().optional(),
    }),
  ),
  event("job.status", z.object({ jobId: id, slug: z.string(), from: z.string(), to: z.string() })),
  event(
    "retention.run",
    z.object({
      dryRun: z.boolean(),
      retentionDays: z.number(),
      cutoff: z.string(),
      anonymised: z.array(id),
      count: z.number(),
    }),
  ),
  event(
    "retention.dry_run",
    z.object({
      dryRun: z.boolean(),
      retentionDays: z.number(),
      cutoff: z.string(),
      anonymised: z.array(id),
      count: z.number(),
    }),
  ),
  event("message_template.saved", z.object(template)),
  event("message_template.reset", z.object(template)),
  event("message_template.test_sent", z.object({ ...template, to: z.string() })),
  event("knockout.run", z.object({ rejected: z.array(id), skipped: z.array(id) })),
  event(
    "webhook.changed",
    z.object({
      endpointId: id,
      host: z.string(),
      change: z.enum(["created", "updated", "deleted", "secret_rotated"]),
      personalData: z.boolean(),
      personalDataReason: z.string().nullish(),
    }),
  ),
  // Never the URL (a feed's address is itself a secret) nor the password: the host alone, as the account page shows.
  event(
    "calendar.changed",
    z.object({
      ...user,
      change: z.enum(["connected", "replaced", "disconnected"]),
      calendarKind: z.enum(["caldav", "ics"]),
      host: z.string(),
    }),
  ),
  event(
    "candidate.merged",
    z.object({ mergeId: id, keptCandidateId: id, mergedCandidateId: id, applicationIds: z.array(id) }),
  ),
  event(
    "candidate.merge_undone",
    z.object({ mergeId: id, keptCandidateId: id, mergedCandidateId: id, applicationIds: z.array(id) }),
  ),
  event("consent_renewal.run", z.object({ sent: z.array(id) })),
  event(
    "outbox.dropped_undelivered",
    z.object({
      count: z.number().int().positive(),
      olderThanDays: z.number().int().positive(),
      messages: z.array(z.object({ id, kind: z.string(), status: z.string(), applicationId: id.nullable() })),
    }),
  ),
]);

export type OrganisationEvent = z.input<typeof organisationEvent>;
export type OrganisationEventKind = OrganisationEvent["kind"];
export const ORGANISATION_EVENT_KINDS = organisationEvent.options.map(
  (o) => o.shape.kind.value,
) as OrganisationEventKind[];

/** What readers get: a known entry, typed, or one they must show as "Other change". */
export type ReadOrganisationEvent = z.output<typeof organisationEvent> | { kind: "other"; storedKind: string };

export function readOrganisationEvent(action: string, data: unknown): ReadOrganisationEvent {
  const parsed = organisationEvent.safeParse({ kind: action, data });
  return parsed.success ? parsed.data : { kind: "other", storedKind: action };
}
