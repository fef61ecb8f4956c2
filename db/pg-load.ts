/**
 * node-postgres, loaded on first use. The server on SQLite never needs it, and loading it cost
 * about 15 MB of resident memory there (issue 14's idle budget is 150 MB); modules that import
 * it only for types say `import type`.
 */
export function loadPg(): typeof import("pg") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when PostgreSQL is in use
  return require("pg") as typeof import("pg");
}
