import type { Locale } from "./locales";

export type SiteText = {
  careers: string;
  skip: string;
  switchTo: string;
  switchLabel: string;
  careersTitle: string;
  careersIntro: string;
  openRoles: string;
  noRoles: string;
  readMore: string;
  apply: string;
  applyNow: string;
  facts: { location: string; salary: string; type: string; start: string; team: string };
  remoteEu: (offices: string) => string;
  fullTime: string;
  employment: Record<string, string>;
  remoteOnly: string;
  filters: {
    legend: string;
    team: string;
    allTeams: string;
    location: string;
    anyLocation: string;
    remote: string;
    show: string;
    clear: string;
    none: string;
  };
  perYear: string;
  process: string;
  /** The intro to the process, for a job with `steps` candidate-facing steps. */
  processIntro: (steps: number) => string;
  step: (n: number) => string;
  roleFilled: string;
  allRoles: string;
  footer: string;
  privacy: string;
  thanks: (name: string) => string;
  received: (title: string) => string;
  statusLinkIntro: string;
  statusLinkWarning: string;
  openStatus: string;
  nextStep: (days: number) => string;
  noConfirmation: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
};

const en: SiteText = {
  careers: "Careers",
  skip: "Skip to content",
  switchTo: "Svenska",
  switchLabel: "Läs på svenska",
  careersTitle: "Build the cloud Europe deserves",
  careersIntro:
    "We are a small, experienced team building an open, reliable European cloud. Have a look at what we are hiring for.",
  openRoles: "Open roles",
  noRoles: "We have no open roles right now. Please check back soon.",
  readMore: "Read the posting",
  apply: "Apply",
  applyNow: "Apply now",
  facts: { location: "Where", salary: "Salary", type: "Employment", start: "Start", team: "Team" },
  remoteEu: (offices) => `Remote anywhere in the EU, or our ${offices} office`,
  fullTime: "Full-time, permanent",
  remoteOnly: "Remote anywhere in the EU",
  filters: {
    legend: "Filter the roles",
    team: "Team",
    allTeams: "All teams",
    location: "Office",
    anyLocation: "Any office",
    remote: "Remote only",
    show: "Show roles",
    clear: "Clear filters",
    none: "No open role matches these filters.",
  },
  employment: {
    FULL_TIME: "Full-time, permanent",
    PART_TIME: "Part-time",
    CONTRACTOR: "Contractor",
    TEMPORARY: "Temporary",
    INTERN: "Internship",
  },
  perYear: "a year",
  process: "Our hiring process",
  processIntro: (n) =>
    `${["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"][n] ?? n} step${n === 1 ? "" : "s"}, and you will always know which one you are at.`,
  step: (n) => `Step ${n}`,
  roleFilled: "This role has been filled and no longer takes applications. Thank you for your interest!",
  allRoles: "All open roles",
  footer: "Applications are handled with Rekry. Your data stays in the EU.",
  privacy: "How we handle your data",
  thanks: (name) => `Thank you, ${name}!`,
  received: (title) => `We have received your application for ${title}.`,
  statusLinkIntro:
    "This is your private status page. Bookmark it: it shows where you stand, and from it you can withdraw, download or erase your data at any time.",
  statusLinkWarning: "Keep the link to yourself: anyone who has it can see your application.",
  openStatus: "Open my status page",
  nextStep: (days) =>
    `What happens next: a person on the team reads every application, usually within ${days} days, and we will get back to you either way.`,
  noConfirmation:
    "Your application was sent. For your privacy, the link to your status page is shown only right after you apply.",
  notFoundTitle: "Page not found",
  notFoundText: "We could not find that page. It may have moved, or the role may be closed.",
  backHome: "See our open roles",
};

const sv: SiteText = {
  careers: "Karriär",
  skip: "Hoppa till innehållet",
  switchTo: "English",
  switchLabel: "Read in English",
  careersTitle: "Bygg molnet som Europa förtjänar",
  careersIntro:
    "Vi är ett litet, erfaret team som bygger ett öppet och pålitligt europeiskt moln. Se vilka roller vi söker just nu.",
  openRoles: "Lediga roller",
  noRoles: "Vi har inga lediga roller just nu. Titta gärna in snart igen.",
  readMore: "Läs annonsen",
  apply: "Ansök",
  applyNow: "Ansök nu",
  facts: { location: "Var", salary: "Lön", type: "Anställning", start: "Start", team: "Team" },
  remoteEu: (offices) => `På distans var som helst inom EU, eller på vårt kontor i ${offices}`,
  fullTime: "Heltid, tillsvidare",
  remoteOnly: "På distans var som helst inom EU",
  filters: {
    legend: "Filtrera rollerna",
    team: "Team",
    allTeams: "Alla team",
    location: "Kontor",
    anyLocation: "Alla kontor",
    remote: "Bara distans",
    show: "Visa roller",
    clear: "Rensa filter",
    none: "Ingen öppen roll matchar filtren.",
  },
  employment: {
    FULL_TIME: "Heltid, tillsvidare",
    PART_TIME: "Deltid",
    CONTRACTOR: "Konsultuppdrag",
    TEMPORARY: "Visstid",
    INTERN: "Praktik",
  },
  perYear: "per år",
  process: "Vår rekryteringsprocess",
  processIntro: (n) =>
    `${["Inga", "Ett", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju", "Åtta", "Nio", "Tio"][n] ?? n} steg, och du vet alltid vilket du befinner dig i.`,
  step: (n) => `Steg ${n}`,
  roleFilled: "Rollen är tillsatt och tar inte längre emot ansökningar. Tack för ditt intresse!",
  allRoles: "Alla lediga roller",
  footer: "Ansökningar hanteras med Rekry. Dina uppgifter stannar inom EU.",
  privacy: "Så hanterar vi dina uppgifter",
  thanks: (name) => `Tack, ${name}!`,
  received: (title) => `Vi har tagit emot din ansökan till tjänsten som ${title}.`,
  statusLinkIntro:
    "Det här är din privata statussida. Spara länken: där ser du var du står, och där kan du när som helst dra tillbaka ansökan, ladda ner eller radera dina uppgifter.",
  statusLinkWarning: "Dela inte länken: den som har den kan se din ansökan.",
  openStatus: "Öppna min statussida",
  nextStep: (days) =>
    `Vad händer nu: en person i teamet läser varje ansökan, oftast inom ${days} dagar, och vi hör av oss oavsett utfall.`,
  noConfirmation:
    "Din ansökan är skickad. Av hänsyn till din integritet visas länken till din statussida bara direkt efter att du har sökt.",
  notFoundTitle: "Sidan hittades inte",
  notFoundText: "Vi hittade inte sidan. Den kan ha flyttats, eller så är rollen stängd.",
  backHome: "Se våra lediga roller",
};

export function siteText(locale: Locale): SiteText {
  return locale === "sv" ? sv : en;
}
