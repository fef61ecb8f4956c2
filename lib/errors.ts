import type { CommandText } from "@/lib/i18n/command-text";
import type { Locale } from "@/lib/i18n/locales";
import { commandMessage } from "@/lib/i18n/command-message";

/** Expected failures, each with a code that maps to one HTTP status in one place. */
export const ERROR_STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  misdirected: 421,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * What a command says about one field: its words as a catalog key (`msg("users.emailTaken")`),
 * worded for whoever reads them, or a string that is a code ("invalid", a candidate error code)
 * or text already in its reader's words (the candidate's intake). tests/unit/command-text.test.ts
 * refuses sentences written as strings.
 */
export type FieldError = CommandText | string;

export type FieldErrors = Record<string, FieldError>;

/** The field errors as `locale` reads them: keys worded, codes and worded text as they are. */
export function fieldErrorsIn(locale: Locale, errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [
      field,
      typeof error === "string" ? error : commandMessage(locale, error),
    ]),
  );
}

/**
 * An expected failure. Its words are a catalog key (`msg("undo.hire")`), never a string, so a new
 * throw site cannot skip the translation: `message` is the English (the JSON APIs' bodies) and
 * `messageIn(locale)` what a staff page shows.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: CommandText,
    readonly extra: { errors?: FieldErrors; retryAfterSeconds?: number; current?: unknown } = {},
  ) {
    super(commandMessage("en", text));
    this.name = "AppError";
  }

  messageIn(locale: Locale): string {
    return commandMessage(locale, this.text);
  }

  /** The per-field errors in `locale` (a staff page, a server action); the JSON APIs read them in English. */
  fieldErrorsIn(locale: Locale): Record<string, string> | undefined {
    return this.extra.errors && fieldErrorsIn(locale, this.extra.errors);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The JSON body every API route sends for an expected failure. */
export function errorBody(e: AppError): Record<string, unknown> {
  return {
    error: e.code,
    message: e.message,
    ...(e.extra.errors ? { errors: e.fieldErrorsIn("en") } : {}),
    ...(e.extra.current !== undefined ? { current: e.extra.current } : {}),
  };
}

export function errorResponse(e: AppError): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (e.extra.retryAfterSeconds) headers["Retry-After"] = String(e.extra.retryAfterSeconds);
  return Response.json(errorBody(e), { status: e.status, headers });
}
