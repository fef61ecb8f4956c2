let loaded: typeof import("pg") | undefined;

/**
 * node-postgres, loaded on first use. The server on SQLite never needs it, and loading it cost
 * about 15 MB of resident memory there (issue 14's idle budget is 150 MB); modules that import
 * it only for types say `import type`. Kept once loaded: the result's type parsers ask for it for
 * every column of every result, and each `require` walked Node's module resolution again (under
 * Next's require hook), about 2.6 ms of the server's thread per application received on
 * PostgreSQL in a CPU profile of the bench's intake.
 */
export function loadPg(): typeof import("pg") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when PostgreSQL is in use
  return (loaded ??= require("pg") as typeof import("pg"));
}
