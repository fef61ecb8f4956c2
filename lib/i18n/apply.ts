import type { Source } from "@/lib/validations/application";
import type { Locale } from "./locales";

export type ApplyText = {
  heading: (title: string) => string;
  /** The page's meta description, for search results and link previews. */
  description: (title: string, company: string) => string;
  intro: string;
  required: string;
  optional: string;
  sections: { you: string; work: string; questions: string; more: string; privacy: string };
  yes: string;
  no: string;
  labels: Record<
    | "fullName"
    | "email"
    | "phone"
    | "country"
    | "cv"
    | "linkedinUrl"
    | "githubUrl"
    | "portfolioUrl"
    | "note"
    | "showSkills"
    | "source"
    | "privacyConsent"
    | "futureRolesConsent",
    string
  >;
  /** Names for the error summary, where the label is a whole sentence. */
  shortLabels: Partial<Record<string, string>>;
  hints: Partial<
    Record<"fullName" | "email" | "phone" | "country" | "cv" | "links" | "note" | "showSkills" | "source", string>
  >;
  chooseCountry: string;
  euGroup: string;
  otherGroup: string;
  chooseSource: string;
  sources: Record<Source, string>;
  submit: string;
  submitting: string;
  errorSummary: (n: number) => string;
  network: string;
  backToForm: string;
  closed: string;
};

const en: ApplyText = {
  heading: (title) => `Apply for ${title}`,
  description: (title, company) =>
    `Apply for ${title} at ${company}: your details and a CV or links to your work, in about five minutes.`,
  intro:
    "It takes about five minutes. We care more about how you solve problems than about a polished CV: send what you have.",
  required: "required",
  optional: "optional",
  sections: {
    you: "About you",
    work: "Your work",
    questions: "A few questions from the team",
    more: "Anything else",
    privacy: "Your data",
  },
  yes: "Yes",
  no: "No",
  labels: {
    fullName: "Full name",
    email: "Email",
    phone: "Phone",
    country: "Country of residence",
    cv: "CV",
    linkedinUrl: "LinkedIn profile",
    githubUrl: "GitHub profile",
    portfolioUrl: "Portfolio or website",
    note: "A note to the team",
    showSkills: "How would you like to show your skills?",
    source: "Where did you hear about this role?",
    privacyConsent: "I have read how my data is handled and want my application to be considered.",
    futureRolesConsent: "Keep my application and contact me about future roles.",
  },
  shortLabels: { privacyConsent: "Privacy notice", futureRolesConsent: "Future roles" },
  hints: {
    fullName: "As you would like us to address you.",
    email: "We send your confirmation and status link here.",
    country: "This role is open to people living in the EU.",
    cv: "PDF, Word (.docx) or OpenDocument (.odt), up to 10 MB. No CV? Add a profile link instead.",
    links: "A CV, a profile link, or both.",
    note: "Anything you would like us to know.",
    showSkills:
      "A take-home task, a walk through something you built, pairing on a real problem... tell us what suits you.",
  },
  chooseCountry: "Choose a country",
  euGroup: "European Union",
  otherGroup: "Other countries",
  chooseSource: "Choose an option",
  sources: {
    linkedin: "LinkedIn",
    github: "GitHub",
    job_board: "A job board",
    friend: "A friend or colleague",
    event: "A conference or meetup",
    website: "Our website",
    other: "Somewhere else",
  },
  submit: "Send application",
  submitting: "Sending...",
  errorSummary: (n) => (n === 1 ? "One thing needs your attention:" : `${n} things need your attention:`),
  network: "We could not reach the server. Check your connection and try again; nothing was sent.",
  backToForm: "Back to the application form",
  closed: "This role has been filled and no longer takes applications. Thank you for your interest!",
};

const sv: ApplyText = {
  heading: (title) => `Sök tjänsten som ${title}`,
  description: (title, company) =>
    `Sök tjänsten som ${title} hos ${company}: dina uppgifter och ett CV eller länkar till ditt arbete, på ungefär fem minuter.`,
  intro: "Det tar ungefär fem minuter. Vi bryr oss mer om hur du löser problem än om ett putsat CV: skicka det du har.",
  required: "obligatoriskt",
  optional: "valfritt",
  sections: {
    you: "Om dig",
    work: "Ditt arbete",
    questions: "Några frågor från teamet",
    more: "Något mer",
    privacy: "Dina uppgifter",
  },
  yes: "Ja",
  no: "Nej",
  labels: {
    fullName: "Fullständigt namn",
    email: "E-post",
    phone: "Telefon",
    country: "Land där du bor",
    cv: "CV",
    linkedinUrl: "LinkedIn-profil",
    githubUrl: "GitHub-profil",
    portfolioUrl: "Portfolio eller webbplats",
    note: "Ett meddelande till teamet",
    showSkills: "Hur vill du helst visa vad du kan?",
    source: "Var hörde du talas om rollen?",
    privacyConsent: "Jag har läst hur mina uppgifter hanteras och vill att min ansökan behandlas.",
    futureRolesConsent: "Spara min ansökan och hör av er om framtida roller.",
  },
  shortLabels: { privacyConsent: "Integritetsmeddelande", futureRolesConsent: "Framtida roller" },
  hints: {
    fullName: "Som du vill att vi tilltalar dig.",
    email: "Hit skickar vi bekräftelsen och din statuslänk.",
    country: "Rollen är öppen för dig som bor inom EU.",
    cv: "PDF, Word (.docx) eller OpenDocument (.odt), högst 10 MB. Inget CV? Lägg till en profillänk i stället.",
    links: "Ett CV, en profillänk eller båda.",
    note: "Något du vill att vi ska veta.",
    showSkills:
      "En hemuppgift, en genomgång av något du byggt, parprogrammering på ett verkligt problem... berätta vad som passar dig.",
  },
  chooseCountry: "Välj ett land",
  euGroup: "Europeiska unionen",
  otherGroup: "Övriga länder",
  chooseSource: "Välj ett alternativ",
  sources: {
    linkedin: "LinkedIn",
    github: "GitHub",
    job_board: "En jobbsajt",
    friend: "En vän eller kollega",
    event: "En konferens eller meetup",
    website: "Vår webbplats",
    other: "Någon annanstans",
  },
  submit: "Skicka ansökan",
  submitting: "Skickar...",
  errorSummary: (n) => (n === 1 ? "En sak behöver åtgärdas:" : `${n} saker behöver åtgärdas:`),
  network: "Vi nådde inte servern. Kontrollera din anslutning och försök igen; inget skickades.",
  backToForm: "Tillbaka till ansökningsformuläret",
  closed: "Rollen är tillsatt och tar inte längre emot ansökningar. Tack för ditt intresse!",
};

export function applyText(locale: Locale): ApplyText {
  return locale === "sv" ? sv : en;
}
