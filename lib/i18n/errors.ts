import type { Locale } from "./locales";

type Params = { country?: string; maxMb?: number };

const en: Record<string, string | ((p: Params) => string)> = {
  required: "Please fill this in.",
  tooLong: "This is longer than we can take. Please shorten it.",
  controlChars: "This contains invisible control characters. Please retype it.",
  email: "Please enter an email address like name@example.com.",
  phone: "Please enter a phone number using digits, spaces and an optional leading +.",
  "country.required": "Please choose the country you live in.",
  "country.unknown": "Please choose a country from the list.",
  "country.notEu": (p) =>
    `Thank you for your interest! This role is open to people living in the EU, so we can't consider applications from ${p.country ?? "this country"} this time.`,
  "cv.invalid": "Please attach your CV as a file.",
  "cv.empty": "This file is empty. Please choose your CV again.",
  "cv.tooLarge": (p) => `Your CV is larger than ${p.maxMb ?? 10} MB. Please upload a smaller file.`,
  "cv.type": "Please upload your CV as a PDF, Word (.docx) or OpenDocument (.odt) file.",
  "cv.content":
    "This file doesn't look like a PDF, Word (.docx) or OpenDocument (.odt) document, whatever its name says. Please export your CV to one of those formats.",
  "cv.unavailable":
    "We could not store your CV just now. Nothing was saved; please send your application again in a minute.",
  "cv.orLink":
    "Please attach a CV or add at least one profile link (LinkedIn, GitHub or a portfolio). Send what you have.",
  url: "Please enter a full web address, like https://example.com/me.",
  "url.linkedin.com": "Please enter a LinkedIn address, like https://www.linkedin.com/in/your-name.",
  "url.github.com": "Please enter a GitHub address, like https://github.com/your-name.",
  source: "Please choose an option from the list.",
  choice: "Please choose one of the answers.",
  "job.closed": "This role has been filled and no longer takes applications. Thank you for your interest!",
  "job.missing": "There is no open job at this address.",
  privacyConsent: "Please confirm that you have read the privacy notice, so we may handle your application.",
  locale: "Language must be en or sv.",
  form: "Something in the form is not right. Please check it.",
  repeated: "This field was sent more than once. Please send it once.",
};

const sv: typeof en = {
  required: "Fyll i det här fältet.",
  tooLong: "Texten är längre än vi kan ta emot. Korta ner den.",
  controlChars: "Texten innehåller osynliga styrtecken. Skriv in den igen.",
  email: "Ange en e-postadress, till exempel namn@example.com.",
  phone: "Ange ett telefonnummer med siffror, mellanslag och ett valfritt + först.",
  "country.required": "Välj landet du bor i.",
  "country.unknown": "Välj ett land i listan.",
  "country.notEu": (p) =>
    `Tack för ditt intresse! Rollen är öppen för dig som bor inom EU, så vi kan tyvärr inte ta emot ansökningar från ${p.country ?? "det här landet"} den här gången.`,
  "cv.invalid": "Bifoga ditt CV som en fil.",
  "cv.empty": "Filen är tom. Välj ditt CV igen.",
  "cv.tooLarge": (p) => `Ditt CV är större än ${p.maxMb ?? 10} MB. Ladda upp en mindre fil.`,
  "cv.type": "Ladda upp ditt CV som PDF, Word (.docx) eller OpenDocument (.odt).",
  "cv.content":
    "Filen ser inte ut att vara ett PDF-, Word- (.docx) eller OpenDocument-dokument (.odt), oavsett vad den heter. Exportera ditt CV till något av de formaten.",
  "cv.unavailable": "Vi kunde inte spara ditt CV just nu. Inget sparades; skicka din ansökan igen om en minut.",
  "cv.orLink":
    "Bifoga ett CV eller lägg till minst en profillänk (LinkedIn, GitHub eller portfolio). Skicka det du har.",
  url: "Ange en fullständig webbadress, till exempel https://example.com/jag.",
  "url.linkedin.com": "Ange en LinkedIn-adress, till exempel https://www.linkedin.com/in/ditt-namn.",
  "url.github.com": "Ange en GitHub-adress, till exempel https://github.com/ditt-namn.",
  source: "Välj ett alternativ i listan.",
  choice: "Välj ett av svaren.",
  "job.closed": "Rollen är tillsatt och tar inte längre emot ansökningar. Tack för ditt intresse!",
  "job.missing": "Det finns ingen öppen roll på den här adressen.",
  privacyConsent: "Bekräfta att du har läst integritetsmeddelandet, så att vi får hantera din ansökan.",
  locale: "Språket måste vara en eller sv.",
  form: "Något i formuläret stämmer inte. Kontrollera det.",
  repeated: "Fältet skickades mer än en gång. Skicka det en gång.",
};

const dictionaries = { en, sv };

/** Words for a validation code, in the candidate's language. Unknown codes fall back to a general line. */
export function errorMessage(locale: Locale, code: string, params: Params = {}): string {
  const entry = dictionaries[locale][code] ?? dictionaries[locale].form!;
  return typeof entry === "function" ? entry(params) : entry;
}
