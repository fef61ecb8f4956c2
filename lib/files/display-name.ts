import type { CvType } from "./sniff";

// Format characters (category Cf: every bidi control such as U+202E, zero-width characters, the
// BOM) and control characters: invisible, they make "cv\u202Efdp.exe" read as "cvexe.pdf".
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/**
 * The name a CV is shown and downloaded under: what the candidate called it, without invisible
 * characters, and ending in the type its bytes have (the name never decides the type).
 */
export function cvDisplayName(name: string, detected: CvType | null): string {
  const visible = name.normalize("NFC").replace(INVISIBLE, "").trim() || "cv";
  if (!detected || visible.toLowerCase().endsWith(`.${detected.type}`)) return visible;
  return `${visible}.${detected.type}`;
}
