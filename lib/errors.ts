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

export type FieldErrors = Record<string, string>;

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
    ...(e.extra.errors ? { errors: e.extra.errors } : {}),
    ...(e.extra.current !== undefined ? { current: e.extra.current } : {}),
  };
}

export function errorResponse(e: AppError): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (e.extra.retryAfterSeconds) headers["Retry-After"] = String(e.extra.retryAfterSeconds);
  return Response.json(errorBody(e), { status: e.status, headers });
}
