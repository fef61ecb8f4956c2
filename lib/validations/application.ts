import * as z from "zod/mini";
import { EU_COUNTRIES, isCountryCode } from "@/lib/geo/countries";
import { isMultiLine, isSingleLine, unixLineBreaks } from "./control-chars";

// zod/mini: the same schema runs in the apply page's bundle, where classic zod would cost ~30 KB.

export const MAX_CV_BYTES = 10 * 1024 * 1024;
export const CV_EXTENSIONS = [".pdf", ".docx", ".odt"] as const;
export const SOURCES = ["linkedin", "github", "job_board", "friend", "event", "website", "other"] as const;
export type Source = (typeof SOURCES)[number];

/** What both a browser File and the server's parsed upload know about a CV. */
export type CvMeta = { name: string; size: number };

const EU = new Set<string>(EU_COUNTRIES);
/** One line: no control characters at all. */
const shortText = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, "tooLong"), z.refine(isSingleLine, "controlChars"));
/** A text area: CRLF becomes a newline; newline and tab are the only control characters allowed. */
const longText = (max: number) =>
  z
    .string()
    .check(z.overwrite(unixLineBreaks), z.trim(), z.maxLength(max, "tooLong"), z.refine(isMultiLine, "controlChars"));

const blankIsUnset = () => z.transform((v: string) => (v ? v : undefined));

/** Accepts "github.com/me" as well as full URLs; checks the host where the field names one. */
const profileUrl = (hosts?: string[]) =>
  z.optional(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(300, "tooLong"), z.refine(isSingleLine, "controlChars")),
      z.transform((v, ctx) => {
        if (!v) return undefined;
        const fail = (message: string) => {
          ctx.issues.push({ code: "custom", message, input: v });
          return z.NEVER;
        };
        const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
        let url: URL;
        try {
          url = new URL(withScheme);
        } catch {
          return fail("url");
        }
        const host = url.hostname.toLowerCase();
        if (!["http:", "https:"].includes(url.protocol) || !host.includes(".")) return fail("url");
        if (hosts && !hosts.some((h) => host === h || host.endsWith(`.${h}`))) return fail(`url.${hosts[0]}`);
        return url.toString();
      }),
    ),
  );

const cvFile = z
  .custom<CvMeta>(
    (v) =>
      typeof v === "object" &&
      v !== null &&
      typeof (v as CvMeta).name === "string" &&
      typeof (v as CvMeta).size === "number",
    "cv.invalid",
  )
  .check(
    z.superRefine((file, ctx) => {
      if (file.size === 0) ctx.addIssue({ code: "custom", message: "cv.empty" });
      else if (file.size > MAX_CV_BYTES) ctx.addIssue({ code: "custom", message: "cv.tooLarge" });
      const lower = file.name.toLowerCase();
      if (!CV_EXTENSIONS.some((ext) => lower.endsWith(ext))) ctx.addIssue({ code: "custom", message: "cv.type" });
    }),
  );

/**
 * One application, as the form fills it in and as the server receives it.
 * Messages are codes; `lib/i18n` turns them into words in the candidate's language.
 */
export const applicationInput = z
  .object({
    fullName: shortText(200).check(z.minLength(1, "required")),
    email: z.pipe(
      z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(254, "tooLong")),
      z.email({ error: "email" }),
    ),
    phone: z
      .optional(z.pipe(shortText(40), blankIsUnset()))
      .check(z.refine((v) => !v || /^\+?[0-9 ()./-]{4,40}$/.test(v), "phone")),
    country: z.string().check(
      z.trim(),
      z.toUpperCase(),
      z.superRefine((v, ctx) => {
        if (!v) ctx.addIssue({ code: "custom", message: "country.required" });
        else if (!isCountryCode(v)) ctx.addIssue({ code: "custom", message: "country.unknown" });
        else if (!EU.has(v)) ctx.addIssue({ code: "custom", message: "country.notEu" });
      }),
    ),
    cv: z.optional(cvFile),
    linkedinUrl: profileUrl(["linkedin.com"]),
    githubUrl: profileUrl(["github.com"]),
    portfolioUrl: profileUrl(),
    note: z.optional(z.pipe(longText(5000), blankIsUnset())),
    showSkills: z.optional(z.pipe(longText(2000), blankIsUnset())),
    source: z.optional(
      z.pipe(
        z.union([z.enum(SOURCES), z.literal("")], { error: "source" }),
        z.transform((v) => (v ? v : undefined)),
      ),
    ),
    privacyConsent: z.boolean({ error: "privacyConsent" }).check(z.refine((v) => v, "privacyConsent")),
    futureRolesConsent: z._default(z.boolean(), false),
    locale: z._default(z.enum(["en", "sv"], { error: "locale" }), "en"),
  })
  .check(
    z.refine((v) => Boolean(v.cv || v.linkedinUrl || v.githubUrl || v.portfolioUrl), {
      path: ["cv"],
      message: "cv.orLink",
      // Runs even when other fields failed, so every problem is reported at once.
      when: (payload) => {
        const v = payload.value as Record<string, unknown> | undefined;
        return !payload.issues.some((i) => i.path?.[0] === "cv") && typeof v === "object" && v !== null;
      },
    }),
  );

export type ApplicationInput = z.input<typeof applicationInput>;
export type ApplicationData = z.output<typeof applicationInput>;

/** The form's field names, shared with the API and its error keys. */
export const APPLICATION_FIELDS = [
  "fullName",
  "email",
  "phone",
  "country",
  "cv",
  "linkedinUrl",
  "githubUrl",
  "portfolioUrl",
  "note",
  "showSkills",
  "source",
  "privacyConsent",
  "futureRolesConsent",
  "locale",
] as const;

/** Turns zod issues into one message code per field (the first one found). */
export function fieldErrorCodes(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
