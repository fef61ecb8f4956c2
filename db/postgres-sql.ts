const translated = new Map<string, string>();
const CONFLICT_TARGET = /on conflict \(((?:"[^"]+"\."[^"]+"(?:, )?)+)\)/g;
const QUALIFIER = /"[^"]+"\.(?=")/g;

/**
 * Drizzle's SQLite SQL as PostgreSQL takes it: each `?` placeholder becomes `$1`, `$2`, ... in
 * order, leaving alone a `?` inside a quoted string or name; the columns of an upsert's
 * `on conflict ("t"."a", "t"."b")`, which drizzle names with their table and PostgreSQL refuses
 * so, by name alone. A statement's text repeats from request to request, so the last 500
 * translations are kept.
 */
export function toPostgres(sql: string): string {
  const known = translated.get(sql);
  if (known !== undefined) return known;
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else out += ch === "?" ? `$${++n}` : ch;
  }
  out = out.replace(CONFLICT_TARGET, (_, columns: string) => `on conflict (${columns.replace(QUALIFIER, "")})`);
  translated.set(sql, out);
  if (translated.size > 500) translated.delete(translated.keys().next().value!);
  return out;
}
