import "server-only";
import { takesApplications } from "@/lib/jobs/open";
import { read } from "@/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg, verbatim } from "@/lib/i18n/command-text";
import { cvDisplayName } from "@/lib/files/display-name";
import { detectCvType, type CvType } from "@/lib/files/sniff";
import { removeQuietly } from "@/lib/files/storage";
import { countryName } from "@/lib/geo/countries";
import { errorMessage } from "@/lib/i18n/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { originForRequest } from "@/lib/http/origin";
import { clientIp } from "@/lib/security/client-ip";
import { hitRateLimitNow, rateLimited } from "@/lib/security/rate-limit";
import { applicationInput, fieldErrorCodes, MAX_CV_BYTES } from "@/lib/validations/application";
import { checkAnswers } from "@/lib/validations/answers";
import { parseApplicationMultipart, type IntakeRequest, type ParsedMultipart } from "./parse-multipart";
import { submitApplication, type SubmittedApplication } from "./submit-application";
import { intakeReads } from "./intake-statements";

const TOO_MANY = msg("intake.tooManyApplications");

const truthy = (v: string | undefined) => v === "true" || v === "on" || v === "1";

/** Form strings to the typed shape the shared schema validates; the CV under its display name. */
function toInput(parsed: ParsedMultipart, detected: CvType | null) {
  const f = parsed.fields;
  return {
    fullName: f.fullName ?? "",
    email: f.email ?? "",
    phone: f.phone,
    country: f.country ?? "",
    cv: parsed.file ? { name: cvDisplayName(parsed.file.name, detected), size: parsed.file.size } : undefined,
    linkedinUrl: f.linkedinUrl,
    githubUrl: f.githubUrl,
    portfolioUrl: f.portfolioUrl,
    note: f.note,
    showSkills: f.showSkills,
    source: f.source,
    privacyConsent: truthy(f.privacyConsent),
    futureRolesConsent: truthy(f.futureRolesConsent),
    locale: f.locale || undefined,
  };
}

function localize(codes: Record<string, string>, locale: Locale, country: string): Record<string, string> {
  if (Object.keys(codes).length === 0) return {};
  const params = {
    country: country ? countryName(country.toUpperCase(), locale) : undefined,
    maxMb: MAX_CV_BYTES / 1024 / 1024,
  };
  return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, errorMessage(locale, code, params)]));
}

/** A closed job says so plainly; a draft or unknown slug is simply not there. Both are 404. */
export function notTakingApplications(closed: boolean, locale: Locale): AppError {
  return new AppError("not_found", verbatim(errorMessage(locale, closed ? "job.closed" : "job.missing")));
}

export type ReceivedApplication = SubmittedApplication & { locale: Locale; origin: string; firstName: string };

/**
 * The intake for the API and the form alike: host, rate limit, job, body, fields, file content,
 * then the store. Every refusal is an AppError; the field messages are in the candidate's language.
 */
export async function receiveApplication(
  request: IntakeRequest,
  slug: string,
  fallbackLocale: Locale = "en",
): Promise<ReceivedApplication> {
  const origin = originForRequest(request.headers);
  const config = env();
  const ip = clientIp(request.headers, config.TRUST_PROXY);
  // Every request counts once, before its body is read, in an atomic write of its own: requests
  // from one address counting at once wait their turn for its row, where counting inside the
  // application's SERIALIZABLE write made them abort and retry one another on PostgreSQL.
  const hit = await hitRateLimitNow("apply", ip);
  if (!hit.ok) throw rateLimited(hit, TOO_MANY);
  return receiveCounted(request, slug, fallbackLocale, origin);
}

async function receiveCounted(
  request: IntakeRequest,
  slug: string,
  fallbackLocale: Locale,
  origin: string,
): Promise<ReceivedApplication> {
  const config = env();
  const rows = await intakeReads(read()).jobWithQuestions.all({ slug });
  const job = rows[0];
  if (!job || !takesApplications(job))
    throw notTakingApplications(job !== undefined && job.status !== "draft", fallbackLocale);

  let parsed: ParsedMultipart;
  try {
    parsed = await parseApplicationMultipart(request, config.UPLOAD_DIR);
  } catch (e) {
    // The body could not be read, so neither could its locale field.
    if (e instanceof AppError && e.extra.errors) {
      const errors = localize(e.fieldErrorsIn(fallbackLocale) ?? {}, fallbackLocale, "");
      const said = errors.cv ?? errors.form;
      throw new AppError(e.code, said ? verbatim(said) : e.text, { errors });
    }
    throw e;
  }
  const locale: Locale = isLocale(parsed.fields.locale) ? parsed.fields.locale : "en";
  let moved = false;
  try {
    // The bytes decide the type before the name is checked: a real PDF whose name hides or
    // misstates its extension is stored under a name that ends in .pdf.
    const detected =
      parsed.file && parsed.file.size > 0 ? await detectCvType(parsed.file.tempPath, parsed.file.head) : null;
    const input = toInput(parsed, detected);
    const result = applicationInput.safeParse(input);
    const questions = rows.flatMap((row) => (row.question ? [row.question] : []));
    const custom = checkAnswers(questions, parsed.fields);
    const codes = { ...(result.success ? {} : fieldErrorCodes(result.error)), ...custom.codes };
    for (const field of parsed.truncated) codes[field] = "tooLong";
    const wrongContent = Boolean(parsed.file && !codes.cv && !detected);
    if (wrongContent) codes.cv = "cv.content";
    const errors = localize(codes, locale, parsed.fields.country ?? "");
    if (Object.keys(errors).length > 0 || !result.success) {
      const onlyContent = wrongContent && Object.keys(errors).length === 1;
      if (onlyContent) throw new AppError("unsupported_type", verbatim(errors.cv!), { errors });
      throw new AppError("invalid", verbatim(errorMessage(locale, "form")), { errors });
    }
    const upload = parsed.file && detected && input.cv ? { ...parsed.file, name: input.cv.name, detected } : undefined;
    const stored = await submitApplication(slug, result.data, upload, origin, custom.answers);
    moved = true;
    const fullName = result.data.fullName.trim();
    return { ...stored, locale, origin, firstName: fullName.split(/\s+/)[0] || fullName };
  } finally {
    // A stored CV's spooled file is gone already (lib/files/cv-objects.ts, storeUpload); unlinking
    // its name would only raise (and build) an ENOENT.
    if (!moved) await removeQuietly(parsed.file?.tempPath);
  }
}
