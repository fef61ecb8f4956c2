import type { Locale } from "./locales";

const en = {
  pageTitle: "Interview time",
  goneTitle: "This link does not work any more",
  goneText:
    "The link may be mistyped, or the time to book has passed. Please reply to our email and we will find a time with you.",
  title: "Choose your interview time",
  intro: (kind: string, job: string, minutes: number) =>
    `Pick a time for your interview for ${job}: ${kind}, ${minutes} minutes.`,
  note: "A note from the team",
  zone: "Time zone",
  zoneHint: "Times are shown in this time zone.",
  showZone: "Show times",
  slotsTitle: "Open times",
  noSlots: "There are no open times left. Please reply to our email and we will find one with you.",
  confirm: "Confirm this time",
  move: "Move to this time",
  booked: (when: string) => `Your interview is booked for ${when}.`,
  bookedTitle: "Your booked time",
  changeTitle: "Need another time?",
  changeText: "Choose a new time below, or cancel the interview.",
  tooLate: "It is too close to the interview to change it here. Please reply to our email.",
  cancel: "Cancel the interview",
  decline: "None of these times work",
  done: {
    booked: "Thank you, your interview is booked. We have emailed you a calendar invite.",
    moved: "Your interview has been moved. We have emailed you the new invite.",
  },
  errors: {
    taken: "Sorry, that time is not available any more. Please choose another one.",
    invalid: "That time is not one of the times offered. Please choose one below.",
    late: "It is too close to the interview to change it here. Please reply to our email.",
    choose: "Choose a time first.",
  },
  cancelledTitle: "Cancelled",
  cancelledText: "We have told the team. If you would like a new time, just reply to our email.",
  statusTitle: "Your interview",
  statusBooked: (kind: string, when: string) => `${kind}: ${when}.`,
  statusOpen: (kind: string) => `${kind}: choose a time that suits you.`,
  statusChange: "Move or cancel",
  statusPick: "Choose a time",
  statusNote: "This opens a fresh link; the one in our email then stops working.",
};

type Words = typeof en;

const sv: Words = {
  pageTitle: "Intervjutid",
  goneTitle: "Länken fungerar inte längre",
  goneText:
    "Länken kan vara felskriven, eller så har tiden för att boka gått ut. Svara på vårt mejl så hittar vi en tid tillsammans.",
  title: "Välj tid för din intervju",
  intro: (kind, job, minutes) => `Välj en tid för din intervju för ${job}: ${kind}, ${minutes} minuter.`,
  note: "Ett meddelande från teamet",
  zone: "Tidszon",
  zoneHint: "Tiderna visas i den här tidszonen.",
  showZone: "Visa tider",
  slotsTitle: "Lediga tider",
  noSlots: "Det finns inga lediga tider kvar. Svara på vårt mejl så hittar vi en tid tillsammans.",
  confirm: "Bekräfta tiden",
  move: "Flytta till den här tiden",
  booked: (when) => `Din intervju är bokad ${when}.`,
  bookedTitle: "Din bokade tid",
  changeTitle: "Behöver du en annan tid?",
  changeText: "Välj en ny tid nedan, eller avboka intervjun.",
  tooLate: "Det är för nära intervjun för att ändra den här. Svara på vårt mejl.",
  cancel: "Avboka intervjun",
  decline: "Ingen av tiderna passar",
  done: {
    booked: "Tack, din intervju är bokad. Vi har mejlat dig en kalenderinbjudan.",
    moved: "Din intervju är flyttad. Vi har mejlat dig den nya inbjudan.",
  },
  errors: {
    taken: "Tyvärr är den tiden inte ledig längre. Välj en annan.",
    invalid: "Den tiden finns inte bland de erbjudna. Välj en av tiderna nedan.",
    late: "Det är för nära intervjun för att ändra den här. Svara på vårt mejl.",
    choose: "Välj en tid först.",
  },
  cancelledTitle: "Avbokad",
  cancelledText: "Vi har meddelat teamet. Vill du ha en ny tid, svara bara på vårt mejl.",
  statusTitle: "Din intervju",
  statusBooked: (kind, when) => `${kind}: ${when}.`,
  statusOpen: (kind) => `${kind}: välj en tid som passar dig.`,
  statusChange: "Flytta eller avboka",
  statusPick: "Välj en tid",
  statusNote: "Det här öppnar en ny länk; den i vårt mejl slutar då att fungera.",
};

export function scheduleText(locale: Locale): Words {
  return locale === "sv" ? sv : en;
}
