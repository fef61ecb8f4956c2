/** Server log line for every unexpected error, carrying the reference id the error page shows. */
export function onRequestError(error: unknown, request: Readonly<{ path: string; method: string }>) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  const reference = typeof digest === "string" ? digest : "none";
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`Unexpected error (reference ${reference}) on ${request.method} ${request.path}: ${detail}`);
}
