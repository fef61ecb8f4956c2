import { COMPANY } from "@/lib/company";
import type { Locale } from "@/lib/i18n/locales";
import { mailOf } from "@/lib/mail/messages";
import type { Mail } from "@/lib/mail/outbox";

const firstName = (name: string) => name.split(/\s+/)[0] || name;

type CandidateFacts = {
  locale: Locale;
  to: string;
  name: string;
  job: string;
  applicationId: number;
  kind: string;
  when: string;
  link: string;
};

/** The candidate's reminder a day before, with the link to move or cancel while still allowed. */
export function candidateReminderMail(f: CandidateFacts): Mail {
  const sv = f.locale === "sv";
  const paragraphs = sv
    ? [
        `Hej ${firstName(f.name)},`,
        `En påminnelse: din intervju för ${f.job} (${f.kind}) är ${f.when}.`,
        "Behöver du flytta eller avboka tiden gör du det här:",
        f.link,
        `Vänliga hälsningar,\n${COMPANY.name}`,
      ]
    : [
        `Hi ${firstName(f.name)},`,
        `A reminder: your interview for ${f.job} (${f.kind}) is on ${f.when}.`,
        "If you need to move or cancel it, you can do so here:",
        f.link,
        `Best regards,\n${COMPANY.name}`,
      ];
  const subject = sv ? `Påminnelse: intervju för ${f.job}` : `Reminder: your interview for ${f.job}`;
  return mailOf("scheduling_reminder", f, subject, paragraphs, [f.link]);
}

/** Tells the candidate the team withdrew the link or called off the time they had booked. */
export function candidateCancelledMail(f: Omit<CandidateFacts, "link" | "when"> & { when: string | null }): Mail {
  const sv = f.locale === "sv";
  const paragraphs = sv
    ? [
        `Hej ${firstName(f.name)},`,
        f.when
          ? `Vi har tyvärr ställt in intervjun för ${f.job} (${f.kind}) ${f.when}. Vi hör av oss om en ny tid.`
          : `Länken för att boka en intervju för ${f.job} (${f.kind}) gäller inte längre. Vi hör av oss om nästa steg.`,
        `Vänliga hälsningar,\n${COMPANY.name}`,
      ]
    : [
        `Hi ${firstName(f.name)},`,
        f.when
          ? `We are sorry, but we have called off the interview for ${f.job} (${f.kind}) on ${f.when}. We will be in touch about a new time.`
          : `The link to book an interview for ${f.job} (${f.kind}) no longer works. We will be in touch about the next step.`,
        `Best regards,\n${COMPANY.name}`,
      ];
  const subject = sv ? `Intervjun för ${f.job}` : `Your interview for ${f.job}`;
  return mailOf("scheduling_cancelled", f, subject, paragraphs, []);
}
