import type { Locale } from "./locales";

const en = {
  pageTitle: "Talent pool",
  title: "Your place in our talent pool",
  renewalQuestion: "Shall we keep your application so that we can contact you about future roles for another period?",
  unsubscribeQuestion: "Remove yourself from our talent pool? We will stop contacting you about future roles at once.",
  keep: "Yes, keep me",
  withdraw: "No, remove me",
  unsubscribe: "Remove me from the talent pool",
  doneKeep: "Thank you: we keep your application for future roles for another period.",
  doneWithdraw: "Done: you are no longer in our talent pool, and we will not contact you about future roles.",
  unknownTitle: "This link does not work",
  unknown: "This link is not valid. Please copy the whole link from the email.",
};
type Words = typeof en;

const sv: Words = {
  pageTitle: "Talangpool",
  title: "Din plats i vår talangpool",
  renewalQuestion: "Ska vi spara din ansökan en period till så att vi kan höra av oss om framtida roller?",
  unsubscribeQuestion: "Vill du tas bort ur vår talangpool? Vi slutar genast höra av oss om framtida roller.",
  keep: "Ja, spara mig",
  withdraw: "Nej, ta bort mig",
  unsubscribe: "Ta bort mig ur talangpoolen",
  doneKeep: "Tack: vi sparar din ansökan för framtida roller en period till.",
  doneWithdraw: "Klart: du finns inte längre i vår talangpool och vi hör inte av oss om framtida roller.",
  unknownTitle: "Länken fungerar inte",
  unknown: "Länken är inte giltig. Kopiera hela länken från mejlet.",
};

export const consentText = (locale: Locale): Words => (locale === "sv" ? sv : en);
