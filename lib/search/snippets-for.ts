import "server-only";
import { asc } from "drizzle-orm";
import { dialect, read } from "@/db";
import { inIds } from "@/db/id-list";
import { cvTexts, notes } from "@/db/schema";
import type { ParsedSearch } from "./query";
import { SNIPPET_SCAN_CHARS, snippet } from "./snippet";

/**
 * A snippet for each of these applications (already checked visible by the caller): from the CV's
 * text where the search matched it, else from the team's notes; none when only the name or email
 * matched, which the result shows anyway.
 */
export async function snippetsFor(ids: number[], parsed: ParsedSearch): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (ids.length === 0) return found;
  const texts = await read()
    .select({ id: cvTexts.applicationId, body: dialect().leading(cvTexts.body, SNIPPET_SCAN_CHARS).mapWith(String) })
    .from(cvTexts)
    .where(inIds(cvTexts.applicationId, ids))
    .all();
  for (const t of texts) {
    const html = snippet(t.body, parsed);
    if (html && !found.has(t.id)) found.set(t.id, html);
  }
  const rest = ids.filter((id) => !found.has(id));
  if (rest.length === 0) return found;
  const written = await read()
    .select({ id: notes.applicationId, body: notes.body })
    .from(notes)
    .where(inIds(notes.applicationId, rest))
    .orderBy(asc(notes.id))
    .all();
  const joined = new Map<number, string>();
  for (const n of written) joined.set(n.id, `${joined.get(n.id) ?? ""}${n.body}\n`);
  for (const [id, body] of joined) {
    const html = snippet(body, parsed);
    if (html) found.set(id, html);
  }
  return found;
}
