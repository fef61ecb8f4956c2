import type { StageKind } from "@/db/schema";
import type { Locale } from "./locales";

const en = {
  title: "Your application",
  forRole: (title: string) => `Application for ${title}`,
  hello: (name: string) => `Hello ${name}, this is where you can always see where you stand.`,
  current: "Where you are now",
  outcome: { hired: "Hired: welcome aboard!", rejected: "Not moving forward this time", withdrawn: "Withdrawn" },
  lastUpdate: (date: string) => `Last updated ${date}`,
  applied: (date: string) => `Applied ${date}`,
  progress: "Progress",
  notFoundTitle: "We could not find this status page",
  notFoundText: "The link may be mistyped or incomplete. Please copy the whole link from your confirmation.",
  erased: "The data of this application has been erased at your request.",
  next: "What happens next",
  /** What a step of each kind asks of the candidate, whatever the recruiter named or wrote of it. */
  byKind: {
    screening: "Nothing to do for now: we read every application and contact you if we would like to talk.",
    interview: "We email you to agree on a time before each conversation, and you can always ask to move it.",
    decision: "Nothing to do for now: your recruiter gets back to you with an offer or with honest feedback.",
    offer_checks: "We contact the referees you named, so let them know that we may call.",
    other: "Nothing to do for now: we contact you when the next step needs you.",
  } satisfies Record<StageKind, string>,
  usually: (days: number) =>
    `This step usually takes about ${days} days. We will tell you as soon as something changes.`,
  feedbackTitle: "Feedback from the team",
  closedHired: "Congratulations, and welcome to the team!",
  closedWithdrawn: "You withdrew this application. Thank you for your interest; you are welcome to apply again.",
  yourData: "Your application and your data",
  withdraw: "Withdraw my application",
  download: "Download my data",
  erase: "Erase my data",
  confirmWithdrawTitle: "Withdraw your application?",
  confirmWithdrawText:
    "The team will see that you withdrew, and the application ends here. You can still download or erase your data afterwards.",
  confirmWithdraw: "Yes, withdraw my application",
  confirmEraseTitle: "Erase your data?",
  confirmEraseText:
    "We remove your CV and every personal detail (name, email, phone, links, your answers and the team's notes about you). Only anonymous facts for our statistics remain, such as dates and steps. This cannot be undone, and an active application is withdrawn.",
  confirmEraseCheck: "I understand that my data cannot be recovered.",
  confirmErase: "Erase my data",
  cancel: "Cancel",
  doneWithdrawn: "Your application has been withdrawn.",
  doneErased: "Your data has been erased.",
  eraseAll: (n: number) => `Erase all ${n} of my applications`,
  eraseAllText: (n: number) =>
    `You have ${n} applications with us. You can erase only this one, or all of them at once.`,
  futureRoles: (until: string) => `You asked us to keep you in mind for future roles, until ${until}.`,
  stopFutureRoles: "Stop keeping me for future roles",
  doneConsentWithdrawn: "Done: we no longer keep you in mind for future roles.",
  tooMany: "Too many attempts from your address. Please wait a few minutes and try again.",
  lostTitle: "Lost your status link?",
  lostText:
    "Enter the email address you applied with. If we have applications under it, we send their links there (the old links then stop working).",
  lostEmail: "Email",
  lostSend: "Send me my links",
  lostSentTitle: "Check your inbox",
  lostSentText: "If we have applications under that address, their links are on their way. It can take a few minutes.",
};

const sv: typeof en = {
  title: "Din ansökan",
  forRole: (title) => `Ansökan till ${title}`,
  hello: (name) => `Hej ${name}, här ser du alltid var du står.`,
  current: "Där du är nu",
  outcome: {
    hired: "Anställd: välkommen ombord!",
    rejected: "Vi går inte vidare den här gången",
    withdrawn: "Tillbakadragen",
  },
  lastUpdate: (date) => `Senast uppdaterad ${date}`,
  applied: (date) => `Ansökan skickad ${date}`,
  progress: "Förlopp",
  notFoundTitle: "Vi hittade inte statussidan",
  notFoundText: "Länken kan vara felstavad eller ofullständig. Kopiera hela länken från din bekräftelse.",
  erased: "Uppgifterna i den här ansökan har raderats på din begäran.",
  next: "Vad händer nu",
  byKind: {
    screening: "Du behöver inte göra något just nu: vi läser varje ansökan och hör av oss om vi vill prata med dig.",
    interview: "Vi mejlar dig för att komma överens om en tid före varje samtal, och du kan alltid be att flytta den.",
    decision:
      "Du behöver inte göra något just nu: din rekryterare återkommer med ett erbjudande eller med ärlig återkoppling.",
    offer_checks: "Vi kontaktar de referenser du angav, så berätta gärna för dem att vi kan höra av oss.",
    other: "Du behöver inte göra något just nu: vi hör av oss när nästa steg behöver dig.",
  },
  usually: (days) => `Det här steget brukar ta ungefär ${days} dagar. Vi hör av oss så fort något ändras.`,
  feedbackTitle: "Återkoppling från teamet",
  closedHired: "Grattis, och välkommen till teamet!",
  closedWithdrawn: "Du har dragit tillbaka ansökan. Tack för ditt intresse; du är välkommen att söka igen.",
  yourData: "Din ansökan och dina uppgifter",
  withdraw: "Dra tillbaka min ansökan",
  download: "Ladda ner mina uppgifter",
  erase: "Radera mina uppgifter",
  confirmWithdrawTitle: "Dra tillbaka ansökan?",
  confirmWithdrawText:
    "Teamet ser att du har dragit tillbaka ansökan, och den avslutas här. Du kan fortfarande ladda ner eller radera dina uppgifter efteråt.",
  confirmWithdraw: "Ja, dra tillbaka min ansökan",
  confirmEraseTitle: "Radera dina uppgifter?",
  confirmEraseText:
    "Vi tar bort ditt CV och alla personuppgifter (namn, e-post, telefon, länkar, dina svar och teamets anteckningar om dig). Bara anonyma uppgifter för vår statistik finns kvar, som datum och steg. Det går inte att ångra, och en aktiv ansökan dras tillbaka.",
  confirmEraseCheck: "Jag förstår att mina uppgifter inte går att återställa.",
  confirmErase: "Radera mina uppgifter",
  cancel: "Avbryt",
  doneWithdrawn: "Din ansökan har dragits tillbaka.",
  doneErased: "Dina uppgifter har raderats.",
  eraseAll: (n: number) => `Radera alla mina ${n} ansökningar`,
  eraseAllText: (n: number) => `Du har ${n} ansökningar hos oss. Du kan radera bara den här, eller alla på en gång.`,
  futureRoles: (until: string) => `Du bad oss höra av oss om framtida roller, till och med ${until}.`,
  stopFutureRoles: "Sluta spara mig för framtida roller",
  doneConsentWithdrawn: "Klart: vi sparar dig inte längre för framtida roller.",
  tooMany: "För många försök från din adress. Vänta några minuter och försök igen.",
  lostTitle: "Tappat bort din statuslänk?",
  lostText:
    "Ange e-postadressen du sökte med. Om vi har ansökningar under den skickar vi länkarna dit (de gamla länkarna slutar då att fungera).",
  lostEmail: "E-post",
  lostSend: "Skicka mina länkar",
  lostSentTitle: "Titta i din inkorg",
  lostSentText: "Om vi har ansökningar under den adressen är länkarna på väg. Det kan ta några minuter.",
};

export function statusText(locale: Locale) {
  return locale === "sv" ? sv : en;
}
