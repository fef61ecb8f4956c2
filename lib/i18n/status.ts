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
};

const sv: typeof en = {
  title: "Din ansökan",
  forRole: (title) => `Ansökan till ${title}`,
  hello: (name) => `Hej ${name}, här ser du alltid var du står.`,
  current: "Där du är nu",
  outcome: { hired: "Anställd: välkommen ombord!", rejected: "Vi går inte vidare den här gången", withdrawn: "Tillbakadragen" },
  lastUpdate: (date) => `Senast uppdaterad ${date}`,
  applied: (date) => `Ansökan skickad ${date}`,
  progress: "Förlopp",
  notFoundTitle: "Vi hittade inte statussidan",
  notFoundText: "Länken kan vara felstavad eller ofullständig. Kopiera hela länken från din bekräftelse.",
  erased: "Uppgifterna i den här ansökan har raderats på din begäran.",
};

export function statusText(locale: Locale) {
  return locale === "sv" ? sv : en;
}
