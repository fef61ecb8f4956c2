import { COMPANY } from "@/lib/company";
import { escapeHtml } from "@/lib/http/responses";
import type { Locale } from "@/lib/i18n/locales";
import type { Mail } from "./outbox";
import {
  DEFAULT_TEMPLATES,
  renderTemplate,
  TEMPLATE_KINDS,
  type Template,
  type TemplateKind,
  type Values,
} from "./template";

export type MailKind =
  | "received"
  | "next_step"
  | "interview_planned"
  | "scheduling_request"
  | "rejected"
  | "withdrawn"
  | "erased"
  | "lost_link"
  | "already_applied";

type Facts = {
  locale: Locale;
  to: string;
  name: string;
  job: string;
  applicationId?: number;
  statusUrl?: string;
  links?: { job: string; url: string }[];
  /** Where to ask for a new status link (the lost-link page). */
  lostLinkUrl?: string;
  step?: { name: string; description: string };
  feedback?: string;
  /** For an interview: what it is, when (already formatted in the candidate's language) and where. */
  interview?: { kind: string; when: string | null; videoUrl: string | null };
  /** For a scheduling request: the link, the last day to book (formatted) and the recruiter's note. */
  scheduling?: { link: string; bookBy: string; note: string | null };
  /** The organisation's or the job's wording (lib/mail/templates.ts); the built-in text when none. */
  template?: Template | null;
};

type Words = { subject: string; lines: string[]; link?: string };
type FixedKind = Exclude<MailKind, TemplateKind>;

const firstName = (name: string) => name.split(/\s+/)[0] || name;

/** The messages that are not templates: a candidate's own action, or a link asked for. */
const WORDS: Record<Locale, Record<FixedKind, (f: Facts) => Words>> = {
  en: {
    withdrawn: (f) => ({
      subject: `You withdrew your application for ${f.job}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `We have withdrawn your application for ${f.job}, as you asked. Thank you for your interest; you are welcome to apply again.`,
        "You can still download or erase your data from your status page.",
      ],
    }),
    lost_link: (f) =>
      f.links?.length
        ? {
            subject: `Your status links at ${COMPANY.name}`,
            lines: [
              `Hi ${firstName(f.name)},`,
              "Someone (we hope you) asked for the links to your applications. Here they are. Your old links keep working until you open one of these; then only the new one works.",
              ...f.links.map((l) => `${l.job}: ${l.url}`),
              "If you did not ask for this, you can ignore this message.",
            ],
          }
        : {
            subject: `Your status links at ${COMPANY.name}`,
            lines: [
              "Hello,",
              "Someone (we hope you) asked for the links to applications sent with this email address, but we hold none under it. If you applied with another address, ask again with that one.",
              "If you did not ask for this, you can ignore this message.",
            ],
          },
    already_applied: (f) => ({
      subject: `You have already applied for ${f.job}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `Someone (we hope you) sent an application for ${f.job} with this email address, but you already have an active application for it. We have kept the one you sent first and did not store the new one.`,
        "Your private status page shows where you stand; its link is in the email we sent when you first applied. If you cannot find it, ask for a new link here:",
      ],
      link: f.lostLinkUrl,
    }),
  },
  sv: {
    withdrawn: (f) => ({
      subject: `Du har dragit tillbaka din ansökan till ${f.job}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Vi har dragit tillbaka din ansökan till ${f.job}, som du bad om. Tack för ditt intresse; du är välkommen att söka igen.`,
        "Du kan fortfarande ladda ner eller radera dina uppgifter från din statussida.",
      ],
    }),
    lost_link: (f) =>
      f.links?.length
        ? {
            subject: `Dina statuslänkar hos ${COMPANY.name}`,
            lines: [
              `Hej ${firstName(f.name)},`,
              "Någon (förhoppningsvis du) bad om länkarna till dina ansökningar. Här är de. Dina gamla länkar fungerar tills du öppnar en av de nya; sedan fungerar bara den nya.",
              ...f.links.map((l) => `${l.job}: ${l.url}`),
              "Om det inte var du kan du bortse från det här meddelandet.",
            ],
          }
        : {
            subject: `Dina statuslänkar hos ${COMPANY.name}`,
            lines: [
              "Hej,",
              "Någon (förhoppningsvis du) bad om länkarna till ansökningar skickade med den här e-postadressen, men vi har inga under den. Om du sökte med en annan adress kan du fråga igen med den.",
              "Om det inte var du kan du bortse från det här meddelandet.",
            ],
          },
    already_applied: (f) => ({
      subject: `Du har redan sökt ${f.job}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Någon (förhoppningsvis du) skickade en ansökan till ${f.job} med den här e-postadressen, men du har redan en aktiv ansökan till rollen. Vi har behållit den du skickade först och sparade inte den nya.`,
        "På din privata statussida ser du var du står; länken finns i mejlet vi skickade när du sökte första gången. Hittar du det inte kan du be om en ny länk här:",
      ],
      link: f.lostLinkUrl,
    }),
  },
};

const isTemplate = (kind: MailKind): kind is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(kind);

/** What a template's variables hold for these facts. */
export function valuesOf(f: Facts): Values {
  return {
    firstName: firstName(f.name),
    jobTitle: f.job,
    companyName: COMPANY.name,
    statusLink: f.statusUrl,
    stepName: f.step?.name,
    stepDescription: f.step?.description,
    feedback: f.feedback,
    interviewKind: f.interview?.kind,
    interviewWhen: f.interview?.when ?? undefined,
    videoLink: f.interview?.videoUrl ?? undefined,
    schedulingLink: f.scheduling?.link,
    bookBy: f.scheduling?.bookBy,
    recruiterNote: f.scheduling?.note ?? undefined,
  };
}

/** One message in the candidate's language, as plain text and as simple, escaped HTML. */
export function buildMail(kind: MailKind, facts: Facts): Mail {
  if (isTemplate(kind)) {
    const values = valuesOf(facts);
    const { subject, paragraphs } = renderTemplate(facts.template ?? DEFAULT_TEMPLATES[facts.locale][kind], values);
    return mailOf(kind, facts, subject, paragraphs, [values.statusLink, values.videoLink, values.schedulingLink]);
  }
  const words = WORDS[facts.locale][kind](facts);
  const signature = facts.locale === "sv" ? `Vänliga hälsningar,\n${COMPANY.name}` : `Best regards,\n${COMPANY.name}`;
  const paragraphs = [...words.lines.filter(Boolean), ...(words.link ? [words.link] : []), signature];
  return mailOf(kind, facts, words.subject, paragraphs, [words.link]);
}

/**
 * The text part is the paragraphs; the HTML part escapes every one (a template's words are text,
 * never markup) and makes a link of our own links only, the status page and the video call.
 */
export function mailOf(
  kind: string,
  facts: Pick<Facts, "locale" | "to" | "name" | "applicationId">,
  subject: string,
  paragraphs: string[],
  links: (string | undefined)[],
): Mail {
  const linked = links.filter((l): l is string => Boolean(l)).map(escapeHtml);
  const html = `<!doctype html><html lang="${facts.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18212b">${paragraphs
    .map((p) => {
      let h = escapeHtml(p).replace(/\n/g, "<br>");
      for (const l of linked) h = h.split(l).join(`<a href="${l}">${l}</a>`);
      return `<p>${h}</p>`;
    })
    .join("")}</body></html>`;
  return {
    kind,
    applicationId: facts.applicationId,
    to: facts.to,
    toName: facts.name || undefined,
    subject,
    text: paragraphs.join("\n\n"),
    html,
  };
}
