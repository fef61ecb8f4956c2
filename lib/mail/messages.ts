import { COMPANY } from "@/lib/company";
import { escapeHtml } from "@/lib/http/responses";
import type { Locale } from "@/lib/i18n/locales";
import type { Mail } from "./outbox";

export type MailKind =
  | "received"
  | "next_step"
  | "interview_planned"
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
};

type Words = { subject: string; lines: string[]; link?: string };

const firstName = (name: string) => name.split(/\s+/)[0] || name;

const WORDS: Record<Locale, Record<MailKind, (f: Facts) => Words>> = {
  en: {
    received: (f) => ({
      subject: `We received your application for ${f.job}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `Thank you for applying for ${f.job} at ${COMPANY.name}. A person on the team reads every application, and we will get back to you either way.`,
        "Your private status page shows where you stand at every step. From there you can also withdraw, or download or erase your data, at any time. Keep the link to yourself:",
      ],
      link: f.statusUrl,
    }),
    next_step: (f) => ({
      subject: `Next step for ${f.job}: ${f.step?.name}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `Good news: your application for ${f.job} moves on to the next step, ${f.step?.name}.`,
        f.step?.description ?? "",
        "We will contact you shortly to find a time. Your status page (the link is in our first email) always shows where you stand.",
      ],
    }),
    interview_planned: (f) => ({
      subject: `Interview for ${f.job}: ${f.interview?.kind}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `We have planned an interview with you for ${f.job}: ${f.interview?.kind}.`,
        f.interview?.when
          ? `When: ${f.interview.when}. The calendar invite is attached.`
          : "We will agree on a time with you shortly.",
        f.interview?.videoUrl ? `Video link: ${f.interview.videoUrl}` : "",
        "If the time does not suit you, just reply to this message and we will find another. Competence shows in many ways: if you would rather show your skills differently, tell us.",
      ],
    }),
    rejected: (f) => ({
      subject: `Your application for ${f.job}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `Thank you for the time you gave us. We have decided not to go further with your application for ${f.job}.`,
        "Here is what the team would like you to know:",
        f.feedback ?? "",
        "We hope to stay in touch, and you are welcome to apply again.",
      ],
    }),
    withdrawn: (f) => ({
      subject: `You withdrew your application for ${f.job}`,
      lines: [
        `Hi ${firstName(f.name)},`,
        `We have withdrawn your application for ${f.job}, as you asked. Thank you for your interest; you are welcome to apply again.`,
        "You can still download or erase your data from your status page.",
      ],
    }),
    erased: (f) => ({
      subject: `Your data has been erased`,
      lines: [
        `Hello,`,
        `As you asked, we have erased your CV and personal details from your application for ${f.job}. Only anonymous facts for our statistics remain. This is the last message we send you about it.`,
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
    received: (f) => ({
      subject: `Vi har tagit emot din ansökan till ${f.job}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Tack för att du har sökt tjänsten som ${f.job} på ${COMPANY.name}. En person i teamet läser varje ansökan, och vi hör av oss oavsett utfall.`,
        "På din privata statussida ser du var du står i varje steg. Där kan du också när som helst dra tillbaka ansökan eller ladda ner och radera dina uppgifter. Dela inte länken:",
      ],
      link: f.statusUrl,
    }),
    next_step: (f) => ({
      subject: `Nästa steg för ${f.job}: ${f.step?.name}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Goda nyheter: din ansökan till ${f.job} går vidare till nästa steg, ${f.step?.name}.`,
        f.step?.description ?? "",
        "Vi hör av oss inom kort för att hitta en tid. Din statussida (länken finns i vårt första mejl) visar alltid var du står.",
      ],
    }),
    interview_planned: (f) => ({
      subject: `Intervju för ${f.job}: ${f.interview?.kind}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Vi har planerat en intervju med dig för ${f.job}: ${f.interview?.kind}.`,
        f.interview?.when
          ? `När: ${f.interview.when}. Kalenderinbjudan finns bifogad.`
          : "Vi hör av oss inom kort för att hitta en tid.",
        f.interview?.videoUrl ? `Videolänk: ${f.interview.videoUrl}` : "",
        "Om tiden inte passar, svara bara på det här meddelandet så hittar vi en annan. Kompetens kan visa sig på många sätt: vill du hellre visa vad du kan på ett annat sätt, berätta det för oss.",
      ],
    }),
    rejected: (f) => ({
      subject: `Din ansökan till ${f.job}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Tack för tiden du har gett oss. Vi har bestämt oss för att inte gå vidare med din ansökan till ${f.job}.`,
        "Det här vill teamet att du ska veta:",
        f.feedback ?? "",
        "Vi hoppas att vi håller kontakten, och du är välkommen att söka igen.",
      ],
    }),
    withdrawn: (f) => ({
      subject: `Du har dragit tillbaka din ansökan till ${f.job}`,
      lines: [
        `Hej ${firstName(f.name)},`,
        `Vi har dragit tillbaka din ansökan till ${f.job}, som du bad om. Tack för ditt intresse; du är välkommen att söka igen.`,
        "Du kan fortfarande ladda ner eller radera dina uppgifter från din statussida.",
      ],
    }),
    erased: (f) => ({
      subject: `Dina uppgifter har raderats`,
      lines: [
        `Hej,`,
        `Som du bad om har vi raderat ditt CV och dina personuppgifter från din ansökan till ${f.job}. Bara anonyma uppgifter för vår statistik finns kvar. Det här är det sista meddelandet vi skickar om det.`,
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

/** One message in the candidate's language, as plain text and as simple, escaped HTML. */
export function buildMail(kind: MailKind, facts: Facts): Mail {
  const words = WORDS[facts.locale][kind](facts);
  const lines = words.lines.filter(Boolean);
  const signature = facts.locale === "sv" ? `Vänliga hälsningar,\n${COMPANY.name}` : `Best regards,\n${COMPANY.name}`;
  const text = [...lines, ...(words.link ? [words.link] : []), "", signature].join("\n\n");
  const html = `<!doctype html><html lang="${facts.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18212b">${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join(
      "",
    )}${words.link ? `<p><a href="${escapeHtml(words.link)}">${escapeHtml(words.link)}</a></p>` : ""}<p>${escapeHtml(signature).replace("\n", "<br>")}</p></body></html>`;
  return {
    kind,
    applicationId: facts.applicationId,
    to: facts.to,
    toName: facts.name,
    subject: words.subject,
    text,
    html,
  };
}
