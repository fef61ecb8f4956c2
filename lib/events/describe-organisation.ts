import type { Role } from "@/db/enums";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { TEMPLATE_KINDS, type TemplateKind } from "@/lib/mail/template";
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

const isTemplateKind = (k: string): k is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(k);

const JOB_STATUSES = ["draft", "open", "closed"] as const;
const isJobStatus = (s: string): s is (typeof JOB_STATUSES)[number] => (JOB_STATUSES as readonly string[]).includes(s);

type Template = { kind: string; locale: string; jobId: number | null };

/**
 * One sentence an admin reads in the organisation log, in `locale`: the page uses the viewer's
 * language, the JSON API (GET /api/staff/audit) keeps English.
 */
export function describeOrganisationEvent(e: ReadOrganisationEvent, locale: Locale = "en"): string {
  const t = translator(locale, "audit");
  const roles = translator(locale, "common");
  const role = (r: Role) => roles(`roles.${r}`).toLocaleLowerCase(locale);
  const jobStatus = (s: string) => (isJobStatus(s) ? t(`jobStatuses.${s}`) : s);
  const template = ({ kind, locale: lang, jobId }: Template) => {
    const name = isTemplateKind(kind) ? t(`templates.${kind}`) : kind;
    return jobId === null
      ? t("template", { name, locale: lang })
      : t("templateForJob", { name, locale: lang, job: jobId });
  };
  switch (e.kind) {
    case "user.created":
      return t("events.userCreated", { name: e.data.name, email: e.data.email, role: role(e.data.role) });
    case "user.renamed":
      return t("events.userRenamed", e.data);
    case "user.role_changed":
      return t("events.userRoleChanged", { email: e.data.email, from: role(e.data.from), to: role(e.data.to) });
    case "user.deactivated":
      return t("events.userDeactivated", e.data);
    case "user.reactivated":
      return t("events.userReactivated", e.data);
    case "user.password_reset":
      return t("events.userPasswordReset", e.data);
    case "user.signed_in":
      return e.data.method
        ? t("events.userSignedInWith", { ...e.data, method: t(`signInMethods.${e.data.method}`) })
        : t("events.userSignedIn", e.data);
    case "user.signed_in_break_glass":
      return t("events.userSignedInBreakGlass", e.data);
    case "user.signed_in_refused":
      return t("events.userSignedInRefused", { email: e.data.email, reason: t(`refusals.${e.data.reason}`) });
    case "user.sso_linked":
      return t("events.userSsoLinked", e.data);
    case "user.second_factor_enrolled":
      return t("events.userSecondFactorEnrolled", e.data);
    case "user.second_factor_removed":
      return t("events.userSecondFactorRemoved", e.data);
    case "user.second_factor_reset":
      return t("events.userSecondFactorReset", e.data);
    case "user.recovery_code_used":
      return t("events.userRecoveryCodeUsed", e.data);
    case "user.signed_out":
      return t("events.userSignedOut", e.data);
    case "session.ended":
      return t("events.sessionEnded", e.data);
    case "user.sessions_ended":
      return t("events.userSessionsEnded", e.data);
    case "user.signed_in_failed_lockout":
      return t("events.userLockout", { ...e.data, scope: t(`lockoutScopes.${e.data.scope}`) });
    case "job.created":
      return t("events.jobCreated", e.data);
    case "job.updated":
      return e.data.changed.length || e.data.lists?.length
        ? t("events.jobUpdated", {
            slug: e.data.slug,
            changes: [...e.data.changed, ...(e.data.lists ?? [])].join(", "),
          })
        : t("events.jobSaved", { slug: e.data.slug });
    case "job.status":
      return t("events.jobStatus", {
        slug: e.data.slug,
        from: jobStatus(e.data.from),
        to: jobStatus(e.data.to),
      });
    case "retention.run":
      return t("events.retentionRun", { count: e.data.count, cutoff: e.data.cutoff.slice(0, 10) });
    case "retention.dry_run":
      return t("events.retentionDryRun", { count: e.data.count });
    case "message_template.saved":
      return t("events.templateSaved", { template: template(e.data) });
    case "message_template.reset":
      return t("events.templateReset", { template: template(e.data) });
    case "message_template.test_sent":
      return t("events.templateTestSent", { template: template(e.data), to: e.data.to });
    case "knockout.run":
      return t("events.knockoutRun", { rejected: e.data.rejected.length, skipped: e.data.skipped.length });
    case "webhook.changed": {
      const words = { change: t(`webhookChanges.${e.data.change}`), id: e.data.endpointId, host: e.data.host };
      return e.data.personalData
        ? t("events.webhookChangedPersonal", { ...words, reason: e.data.personalDataReason ?? "" })
        : t("events.webhookChanged", words);
    }
    case "candidate.merged":
      return t("events.candidateMerged", {
        merged: e.data.mergedCandidateId,
        kept: e.data.keptCandidateId,
        count: e.data.applicationIds.length,
      });
    case "candidate.merge_undone":
      return t("events.candidateMergeUndone", { merged: e.data.mergedCandidateId, kept: e.data.keptCandidateId });
    case "consent_renewal.run":
      return t("events.consentRenewalRun", { count: e.data.sent.length });
    case "outbox.dropped_undelivered":
      return t("events.outboxDropped", { count: e.data.count, days: e.data.olderThanDays });
    case "other":
      return t("events.other");
  }
}
