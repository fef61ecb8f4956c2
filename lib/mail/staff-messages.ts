import type { Interview, Job, Locale } from "@/db/schema";
import { formatWhen } from "@/lib/feedback/when";
import { escapeHtml } from "@/lib/http/responses";
import { translator } from "@/lib/i18n/translator";
import type { Mail } from "./outbox";

/** Staff emails go out in the recipient's own language (users.locale), English when they chose none. */
export type StaffRecipient = { email: string; name: string; locale: Locale | null };

export const recipientLocale = (r: StaffRecipient): Locale => r.locale ?? "en";

const firstName = (name: string) => name.split(/\s+/)[0] || name;

function body(locale: Locale, lines: string[], link: string): Pick<Mail, "text" | "html"> {
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18212b">${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("")}<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></body></html>`;
  return { text: [...lines, link].join("\n\n"), html };
}

type InterviewKind = Interview["kind"];

/** An interview kind's name in `locale`. */
export function interviewKindName(locale: Locale, kind: InterviewKind): string {
  return translator(locale, "emails")(`interviewKinds.${kind}`);
}

type Assigned = {
  to: StaffRecipient;
  candidate: string;
  /** The job's title in the recipient's language. */
  job: string;
  kind: InterviewKind;
  startsAt: Date | null;
  videoUrl: string | null;
  link: string;
  colleagues: string[];
  applicationId: number;
};

/** Tells a colleague they interview someone, with the scorecard link, in their language. */
export function interviewAssignedMail(f: Assigned): Mail {
  const locale = recipientLocale(f.to);
  const t = translator(locale, "emails");
  const kind = interviewKindName(locale, f.kind);
  const lines = [
    t("greeting", { name: firstName(f.to.name) }),
    t("interviewAssigned.intro", { candidate: f.candidate, job: f.job, kind }),
    f.startsAt ? t("interviewAssigned.when", { when: formatWhen(f.startsAt, locale) }) : t("interviewAssigned.noTime"),
    f.videoUrl ? t("interviewAssigned.video", { url: f.videoUrl }) : "",
    f.colleagues.length ? t("interviewAssigned.with", { names: f.colleagues.join(", ") }) : "",
    t("interviewAssigned.scorecard"),
  ].filter(Boolean);
  return {
    kind: "interview_assigned",
    applicationId: f.applicationId,
    to: f.to.email,
    toName: f.to.name,
    subject: t("interviewAssigned.subject", { candidate: f.candidate, kind }),
    ...body(locale, lines, f.link),
  };
}

/** Tells an admin that a failing webhook endpoint was paused. */
export function webhookPausedMail(to: StaffRecipient, url: string, since: Date, link: string): Mail {
  const locale = recipientLocale(to);
  const t = translator(locale, "emails");
  return {
    kind: "webhook_paused",
    to: to.email,
    toName: to.name,
    subject: t("webhookPaused.subject"),
    ...body(locale, [t("greeting", { name: firstName(to.name) }), t("webhookPaused.body", { url, since })], link),
  };
}

/** What a colleague is told about a scheduling link; `startsAt: null` on a cancel is a declined link. */
export type SchedulingNotice =
  | { kind: "scheduling_expired"; interviewKind: InterviewKind }
  | { kind: "scheduling_reminder"; interviewKind: InterviewKind; startsAt: Date }
  | { kind: "scheduling_cancelled"; startsAt: Date | null };

/** A short message to a colleague about a scheduling link, in their language, with the page to act on. */
export function staffSchedulingMail(
  to: StaffRecipient,
  notice: SchedulingNotice,
  facts: { candidate: string; job: Job["content"]; applicationId: number; link: string },
): Mail {
  const locale = recipientLocale(to);
  const t = translator(locale, "emails");
  const candidate = facts.candidate;
  const job = facts.job[locale]?.title ?? facts.job.en.title;
  const [subject, ...lines] =
    notice.kind === "scheduling_expired"
      ? [
          t("scheduling.expiredSubject", { candidate }),
          t("scheduling.expired", { candidate, job, kind: interviewKindName(locale, notice.interviewKind) }),
          t("scheduling.expiredAction"),
        ]
      : notice.kind === "scheduling_reminder"
        ? [
            t("scheduling.reminderSubject", { candidate }),
            t("scheduling.reminder", {
              candidate,
              job,
              kind: interviewKindName(locale, notice.interviewKind),
              when: formatWhen(notice.startsAt, locale),
            }),
            t("scheduling.reminderAction"),
          ]
        : [
            t("scheduling.cancelledSubject", { candidate }),
            notice.startsAt
              ? t("scheduling.cancelledBooked", { candidate, job, when: formatWhen(notice.startsAt, locale) })
              : t("scheduling.declined", { candidate, job }),
            t("scheduling.cancelledAction"),
          ];
  return {
    kind: notice.kind,
    applicationId: facts.applicationId,
    to: to.email,
    toName: to.name,
    subject: subject!,
    ...body(locale, [t("greeting", { name: firstName(to.name) }), ...lines], facts.link),
  };
}
