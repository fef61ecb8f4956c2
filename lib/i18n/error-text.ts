import type { FormErrorTexts } from "./errors";

/**
 * A validation code's words from texts prepared on the server (formErrorTexts): the browser's
 * errorMessage, with no catalog or translator in its bundle. Unknown codes get the general line.
 */
export function fillErrorText(texts: FormErrorTexts, code: string, country: string | undefined): string {
  const text = texts[code.replaceAll(".", "_")] ?? texts.form ?? code;
  return text.replaceAll("{country}", country ?? texts.thisCountry ?? "");
}
