import type { Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/validations/message";

/**
 * The candidate messages a recruiter may reword at /staff/messages, their variables and how a
 * template becomes text. Pure: the editor's live preview runs the same code as the mail.
 */
export const TEMPLATE_KINDS = [
  "received",
  "next_step",
  "interview_planned",
  "scheduling_request",
  "rejected",
  "erased",
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_NAMES: Record<TemplateKind, string> = {
  received: "Application received",
  next_step: "Next step (moves forward, offer steps included)",
  interview_planned: "Interview planned",
  scheduling_request: "Choose an interview time (scheduling link)",
  rejected: "Rejection",
  erased: "Data erased",
};

/** The fixed list of variables, and what each holds. */
export const VARIABLES = {
  firstName: "The candidate's first name",
  jobTitle: "The job's title, in the candidate's language",
  companyName: "The company's name",
  statusLink: "The candidate's private status page",
  stepName: "The step the application moved to",
  stepDescription: "What happens in that step",
  feedback: "The constructive feedback written when rejecting",
  interviewKind: "What kind of interview it is",
  interviewWhen: "When the interview is, in the candidate's language (empty if not set)",
  videoLink: "The interview's video link (empty if none)",
  schedulingLink: "The private page where the candidate picks an interview time",
  bookBy: "The last day of the scheduling window, in the candidate's language",
  recruiterNote: "The note written with the scheduling request (empty if none)",
} as const;
export type Variable = keyof typeof VARIABLES;
export type Values = Partial<Record<Variable, string>>;

const common: Variable[] = ["firstName", "jobTitle", "companyName"];
/** Which variables each message has; one from another message is a field error too. */
export const KIND_VARIABLES: Record<TemplateKind, Variable[]> = {
  received: [...common, "statusLink"],
  next_step: [...common, "stepName", "stepDescription"],
  interview_planned: [...common, "interviewKind", "interviewWhen", "videoLink"],
  scheduling_request: [...common, "interviewKind", "schedulingLink", "bookBy", "recruiterNote"],
  rejected: [...common, "feedback"],
  erased: ["jobTitle", "companyName"],
};

export type Template = { subject: string; body: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** What is wrong with a template for this message, per field, naming the unknown variables (schema messages: lib/validations/message.ts). */
export function templateProblems(kind: TemplateKind, t: Template): Partial<Record<keyof Template, string>> {
  const problems: Partial<Record<keyof Template, string>> = {};
  for (const field of ["subject", "body"] as const) {
    const names = [...t[field].matchAll(PLACEHOLDER)].map((m) => m[1]!);
    const unknown = [...new Set(names.filter((n) => !(n in VARIABLES)))];
    const elsewhere = [
      ...new Set(names.filter((n) => n in VARIABLES && !KIND_VARIABLES[kind].includes(n as Variable))),
    ];
    const named = (list: string[]) => list.map((n) => `{{${n}}}`).join(", ");
    if (unknown.length) problems[field] = msg("messages.unknownVariable", { names: named(unknown) });
    else if (elsewhere.length)
      problems[field] = msg("messages.notAvailable", { names: named(elsewhere), count: elsewhere.length });
  }
  return problems;
}

const fill = (s: string, values: Values) => s.replace(PLACEHOLDER, (_, name: string) => values[name as Variable] ?? "");

/**
 * The subject and the paragraphs (blank-line separated) with the values in place, as plain
 * text. A paragraph whose variables are all empty is left out ("Video link: " with none).
 */
export function renderTemplate(t: Template, values: Values): { subject: string; paragraphs: string[] } {
  const paragraphs = t.body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => {
      const names = [...p.matchAll(PLACEHOLDER)].map((m) => m[1] as Variable);
      return p && (names.length === 0 || names.some((n) => values[n]));
    })
    .map((p) => fill(p, values).trim());
  return { subject: fill(t.subject, values).replace(/\s+/g, " ").trim(), paragraphs };
}

/** The built-in texts: what a message says until someone rewords it, and after "reset to default". */
export const DEFAULT_TEMPLATES: Record<Locale, Record<TemplateKind, Template>> = {
  en: {
    received: {
      subject: "We received your application for {{jobTitle}}",
      body: `Hi {{firstName}},

Thank you for applying for {{jobTitle}} at {{companyName}}. A person on the team reads every application, and we will get back to you either way.

Your private status page shows where you stand at every step. From there you can also withdraw, or download or erase your data, at any time. Keep the link to yourself:

{{statusLink}}

Best regards,
{{companyName}}`,
    },
    next_step: {
      subject: "Next step for {{jobTitle}}: {{stepName}}",
      body: `Hi {{firstName}},

Good news: your application for {{jobTitle}} moves on to the next step, {{stepName}}.

{{stepDescription}}

We will contact you shortly to find a time. Your status page (the link is in our first email) always shows where you stand.

Best regards,
{{companyName}}`,
    },
    interview_planned: {
      subject: "Interview for {{jobTitle}}: {{interviewKind}}",
      body: `Hi {{firstName}},

We have planned an interview with you for {{jobTitle}}: {{interviewKind}}.

When: {{interviewWhen}}. The calendar invite is attached.

Video link: {{videoLink}}

If the time does not suit you, or none is set yet, just reply to this message and we will find one. Competence shows in many ways: if you would rather show your skills differently, tell us.

Best regards,
{{companyName}}`,
    },
    scheduling_request: {
      subject: "Choose a time for your interview for {{jobTitle}}",
      body: `Hi {{firstName}},

We would like to meet you for {{jobTitle}}: {{interviewKind}}. Please choose the time that suits you best on this private page (the times are shown in your own time zone):

{{schedulingLink}}

{{recruiterNote}}

Please book by {{bookBy}}. From the same page you can move or cancel the time later. If none of the times works for you, just reply to this message.

Best regards,
{{companyName}}`,
    },
    rejected: {
      subject: "Your application for {{jobTitle}}",
      body: `Hi {{firstName}},

Thank you for the time you gave us. We have decided not to go further with your application for {{jobTitle}}.

Here is what the team would like you to know:

{{feedback}}

We hope to stay in touch, and you are welcome to apply again.

Best regards,
{{companyName}}`,
    },
    erased: {
      subject: "Your data has been erased",
      body: `Hello,

As you asked, we have erased your CV and personal details from your application for {{jobTitle}}. Only anonymous facts for our statistics remain. This is the last message we send you about it.

Best regards,
{{companyName}}`,
    },
  },
  sv: {
    received: {
      subject: "Vi har tagit emot din ansökan till {{jobTitle}}",
      body: `Hej {{firstName}},

Tack för att du har sökt tjänsten som {{jobTitle}} på {{companyName}}. En person i teamet läser varje ansökan, och vi hör av oss oavsett utfall.

På din privata statussida ser du var du står i varje steg. Där kan du också när som helst dra tillbaka ansökan eller ladda ner och radera dina uppgifter. Dela inte länken:

{{statusLink}}

Vänliga hälsningar,
{{companyName}}`,
    },
    next_step: {
      subject: "Nästa steg för {{jobTitle}}: {{stepName}}",
      body: `Hej {{firstName}},

Goda nyheter: din ansökan till {{jobTitle}} går vidare till nästa steg, {{stepName}}.

{{stepDescription}}

Vi hör av oss inom kort för att hitta en tid. Din statussida (länken finns i vårt första mejl) visar alltid var du står.

Vänliga hälsningar,
{{companyName}}`,
    },
    interview_planned: {
      subject: "Intervju för {{jobTitle}}: {{interviewKind}}",
      body: `Hej {{firstName}},

Vi har planerat en intervju med dig för {{jobTitle}}: {{interviewKind}}.

När: {{interviewWhen}}. Kalenderinbjudan finns bifogad.

Videolänk: {{videoLink}}

Om tiden inte passar, eller ingen tid är satt ännu, svara bara på det här meddelandet så hittar vi en. Kompetens kan visa sig på många sätt: vill du hellre visa vad du kan på ett annat sätt, berätta det för oss.

Vänliga hälsningar,
{{companyName}}`,
    },
    scheduling_request: {
      subject: "Välj en tid för din intervju för {{jobTitle}}",
      body: `Hej {{firstName}},

Vi vill gärna träffa dig för {{jobTitle}}: {{interviewKind}}. Välj den tid som passar dig bäst på den här privata sidan (tiderna visas i din egen tidszon):

{{schedulingLink}}

{{recruiterNote}}

Boka senast {{bookBy}}. På samma sida kan du senare flytta eller avboka tiden. Om ingen av tiderna passar, svara bara på det här meddelandet.

Vänliga hälsningar,
{{companyName}}`,
    },
    rejected: {
      subject: "Din ansökan till {{jobTitle}}",
      body: `Hej {{firstName}},

Tack för tiden du har gett oss. Vi har bestämt oss för att inte gå vidare med din ansökan till {{jobTitle}}.

Det här vill teamet att du ska veta:

{{feedback}}

Vi hoppas att vi håller kontakten, och du är välkommen att söka igen.

Vänliga hälsningar,
{{companyName}}`,
    },
    erased: {
      subject: "Dina uppgifter har raderats",
      body: `Hej,

Som du bad om har vi raderat ditt CV och dina personuppgifter från din ansökan till {{jobTitle}}. Bara anonyma uppgifter för vår statistik finns kvar. Det här är det sista meddelandet vi skickar om det.

Vänliga hälsningar,
{{companyName}}`,
    },
  },
};

/** The sample candidate the editor's preview and "send me a test" fill the variables with. */
export function sampleValues(locale: Locale, companyName: string, jobTitle: string, origin: string): Values {
  const sv = locale === "sv";
  return {
    firstName: "Alex",
    jobTitle,
    companyName,
    statusLink: `${origin}/status/sample-link-not-a-real-token`,
    stepName: sv ? "Möt din blivande chef" : "Meet your future manager",
    stepDescription: sv
      ? "Ett samtal på 45 minuter om rollen och teamet."
      : "A 45-minute talk about the role and the team.",
    feedback: sv
      ? "Din erfarenhet av drift var stark; mer praktisk Kubernetes hade avgjort."
      : "Your operations experience was strong; more hands-on Kubernetes would have decided it.",
    interviewKind: sv ? "Tekniskt samtal" : "Technical interview",
    interviewWhen: sv ? "tisdag 8 december 13:00" : "Tuesday 8 December, 13:00",
    videoLink: "https://meet.example.com/sample",
    schedulingLink: `${origin}/schedule/sample-link-not-a-real-token`,
    bookBy: sv ? "fredag 18 december" : "Friday 18 December",
    recruiterNote: sv ? "Samtalet hålls på engelska." : "The talk is held in English.",
  };
}
