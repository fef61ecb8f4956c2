import { ROLE_LABELS } from "@/lib/auth/roles";
import { TEMPLATE_NAMES, type TemplateKind } from "@/lib/mail/template";
import type { ReadOrganisationEvent } from "./organisation-events";

export type AuditActorDto =
  | { type: "user"; id: number; name: string; email: string }
  | { type: "system"; job: string }
  | { type: "candidate" }
  | { type: "unknown" };

/** Who made an entry, from what the writer kept in it (entries from before the typed log: "unknown"). */
export function organisationEventActor(data: Record<string, unknown>): AuditActorDto {
  const a = data.actor as Record<string, unknown> | undefined;
  if (a && typeof a.id === "number" && typeof a.name === "string")
    return { type: "user", id: a.id, name: a.name, email: String(a.email ?? "") };
  if (a?.type === "system" && typeof a.job === "string") return { type: "system", job: a.job };
  if (a?.type === "candidate") return { type: "candidate" };
  return { type: "unknown" };
}

const CALENDAR_CHANGES = {
  connected: "Connected",
  replaced: "Replaced the calendar with",
  disconnected: "Disconnected",
} as const;

const SIGN_IN_METHODS = {
  password: "password",
  second_factor: "password and code",
  recovery_code: "password and recovery code",
  sso: "single sign-on",
} as const;

const REFUSALS = {
  no_account: "no active account for this email",
  not_verified: "the provider has not verified the email",
  deactivated: "the account is deactivated",
  password_login_off: "password sign-in is off",
} as const;

const LOCKOUT_SCOPES = {
  account: "the account's sign-ins are",
  device: "that device is",
  second_factor: "the account's codes are",
} as const;

function templateName(t: { kind: string; locale: string; jobId: number | null }): string {
  const name = TEMPLATE_NAMES[t.kind as TemplateKind]?.toLowerCase() ?? t.kind;
  return `“${name}” message (${t.locale}${t.jobId === null ? "" : `, job ${t.jobId}`})`;
}

const WEBHOOK_CHANGES = {
  created: "Added",
  updated: "Changed",
  deleted: "Deleted",
  secret_rotated: "Rotated the signing secret of",
} as const;

/** One sentence an admin reads in the organisation log. */
export function describeOrganisationEvent(e: ReadOrganisationEvent): string {
  switch (e.kind) {
    case "user.created":
      return `Added ${e.data.name} (${e.data.email}) as ${ROLE_LABELS[e.data.role].toLowerCase()}`;
    case "user.renamed":
      return `Renamed ${e.data.email} from “${e.data.from}” to “${e.data.to}”`;
    case "user.role_changed":
      return `Changed ${e.data.email} from ${ROLE_LABELS[e.data.from].toLowerCase()} to ${ROLE_LABELS[e.data.to].toLowerCase()}`;
    case "user.deactivated":
      return `Deactivated ${e.data.email}`;
    case "user.reactivated":
      return `Reactivated ${e.data.email}`;
    case "user.password_reset":
      return `Set a new password for ${e.data.email}`;
    case "user.signed_in":
      return `Signed in${e.data.method ? ` (${SIGN_IN_METHODS[e.data.method]})` : ""} from ${e.data.ip} (session ${e.data.session})`;
    case "user.signed_in_break_glass":
      return `BREAK-GLASS: ${e.data.email} signed in with a password from ${e.data.ip} while password sign-in is off`;
    case "user.signed_in_refused":
      return `Refused a sign-in for ${e.data.email}: ${REFUSALS[e.data.reason]}`;
    case "user.sso_linked":
      return `Linked ${e.data.email} to their single sign-on identity`;
    case "user.second_factor_enrolled":
      return `${e.data.email} set up a second factor`;
    case "user.second_factor_removed":
      return `${e.data.email} removed their second factor`;
    case "user.second_factor_reset":
      return `Reset the second factor of ${e.data.email}`;
    case "user.recovery_code_used":
      return `Signed in with a recovery code (${e.data.remaining} left)`;
    case "user.signed_out":
      return `Signed out (session ${e.data.session})`;
    case "session.ended":
      return `Ended session ${e.data.session}`;
    case "user.sessions_ended":
      return `Ended ${e.data.count} session(s) of user ${e.data.userId}`;
    case "user.signed_in_failed_lockout":
      return `After ${e.data.failures} failed sign-ins from ${e.data.ip}, ${LOCKOUT_SCOPES[e.data.scope]} held back`;
    case "job.created":
      return `Created the job ${e.data.slug}`;
    case "job.updated":
      return e.data.changed.length || e.data.lists?.length
        ? `Edited the job ${e.data.slug}: ${[...e.data.changed, ...(e.data.lists ?? [])].join(", ")}`
        : `Saved the job ${e.data.slug}`;
    case "job.status":
      return `Set the job ${e.data.slug} from ${e.data.from} to ${e.data.to}`;
    case "retention.run":
      return `Retention anonymised ${e.data.count} application(s) closed before ${e.data.cutoff.slice(0, 10)}`;
    case "retention.dry_run":
      return `Retention dry run: ${e.data.count} application(s) would be anonymised`;
    case "message_template.saved":
      return `Reworded the ${templateName(e.data)}`;
    case "message_template.reset":
      return `Reset the ${templateName(e.data)} to the built-in text`;
    case "message_template.test_sent":
      return `Sent a test of the ${templateName(e.data)} to ${e.data.to}`;
    case "knockout.run":
      return `Knockouts rejected ${e.data.rejected.length} application(s), left ${e.data.skipped.length} that had moved on`;
    case "webhook.changed":
      return `${WEBHOOK_CHANGES[e.data.change]} the webhook endpoint #${e.data.endpointId} (${e.data.host})${
        e.data.personalData ? `, which may receive personal data: “${e.data.personalDataReason ?? ""}”` : ""
      }`;
    case "calendar.changed":
      return `${CALENDAR_CHANGES[e.data.change]} ${e.data.calendarKind === "caldav" ? "the CalDAV calendar" : "the iCalendar feed"} at ${e.data.host} for ${e.data.email}`;
    case "candidate.merged":
      return `Merged candidate #${e.data.mergedCandidateId} into #${e.data.keptCandidateId} (${e.data.applicationIds.length} application(s) moved)`;
    case "candidate.merge_undone":
      return `Undid the merge of candidate #${e.data.mergedCandidateId} into #${e.data.keptCandidateId}`;
    case "consent_renewal.run":
      return `Asked ${e.data.sent.length} candidate(s) whether to keep their future-roles consent`;
    case "outbox.dropped_undelivered":
      return `Dropped ${e.data.count} message(s) still undelivered after ${e.data.olderThanDays} days`;
    case "other":
      return "Other change";
  }
}
