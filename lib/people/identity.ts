import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { COMPANY } from "@/lib/company";

/**
 * The normal forms one person is recognised by across applications: the email lower-cased, the
 * phone in E.164 and the LinkedIn and GitHub profiles as `linkedin:<slug>` / `github:<user>`.
 * A value that is not one of these (a company page, a repository, a short number) gives no key,
 * so it never joins two strangers.
 */
export type PersonKeys = { phoneKey: string | null; linkedinKey: string | null; githubKey: string | null };

/** Numbers written without a country code are read in the company's country. */
export const DEFAULT_PHONE_REGION: CountryCode = COMPANY.country;

export function emailKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

export function phoneKeyOf(
  phone: string | null | undefined,
  region: CountryCode = DEFAULT_PHONE_REGION,
): string | null {
  if (!phone?.trim()) return null;
  const parsed = parsePhoneNumberFromString(phone.trim(), region);
  return parsed?.isValid() ? parsed.number : null;
}

function profilePath(url: string | null | undefined, hosts: RegExp): string[] | null {
  if (!url?.trim()) return null;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z]+:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  } catch {
    return null;
  }
  if (!hosts.test(parsed.hostname.toLowerCase())) return null;
  return parsed.pathname
    .split("/")
    .filter(Boolean)
    .map((p) => decodeURIComponent(p).toLowerCase());
}

export function linkedinKeyOf(url: string | null | undefined): string | null {
  const path = profilePath(url, /^([a-z]{2,3}\.|www\.)?linkedin\.com$/);
  if (!path || path[0] !== "in" || !path[1]) return null;
  return `linkedin:${path[1]}`;
}

export function githubKeyOf(url: string | null | undefined): string | null {
  const path = profilePath(url, /^(www\.)?github\.com$/);
  if (!path || path.length !== 1 || !/^[a-z0-9](?:[a-z0-9-]{0,38})$/.test(path[0]!)) return null;
  return `github:${path[0]}`;
}

export function personKeysOf(c: {
  phone?: string | null;
  linkedinUrl?: string | null;
  githubUrl?: string | null;
}): PersonKeys {
  return {
    phoneKey: phoneKeyOf(c.phone),
    linkedinKey: linkedinKeyOf(c.linkedinUrl),
    githubKey: githubKeyOf(c.githubUrl),
  };
}

/** Two names are the same for duplicate offers when they fold to the same words. */
export function nameKeyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
