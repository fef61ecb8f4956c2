import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const WRITER = path.join("lib", "events", "record.ts");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/**
 * Drizzle inserts (the table imported by name, through a namespace or under another name) and raw
 * SQL alike: the ways code could write either log.
 */
const WRITES = [
  /\.insert\(\s*(?:\w+\.)?(applicationEvents|auditLog)\s*\)/,
  /\b(applicationEvents|auditLog)\s+as\s+\w+/,
  /insert\s+into\s+[`"']?(application_events|audit_log)\b/i,
];

/**
 * The bench's seed writes its 1.2 million rows of history with prepared raw statements, not the
 * writer (scripts/bench/seed.ts, documented there); the events it writes are checked by db:copy's
 * rebuild in the bench. Nothing else is excused.
 */
const BULK_SEED = path.join("scripts", "bench", "seed.ts");

const TRANSITION = path.join("lib", "applications", "transition.ts");

/**
 * Whether `source` changes an application's stage or status outside the transition: a Drizzle
 * update of applications whose set() object has a `status` or `stageId` key (written out or
 * shorthand), a set() of anything but an object literal (which could hold either), or raw SQL.
 */
export function writesStatus(source: string): boolean {
  const update = /update\(\s*(?:\w+\.)?applications\s*\)\s*\.set\(\s*/g;
  for (const m of source.matchAll(update)) {
    const rest = source.slice(m.index + m[0].length);
    if (!rest.startsWith("{")) return true;
    // The set() object up to its closing brace, nested braces (spreads, sql`${}`) included.
    let depth = 0;
    let end = 0;
    for (; end < rest.length; end++) {
      if (rest[end] === "{") depth++;
      if (rest[end] === "}" && --depth === 0) break;
    }
    const body = rest.slice(1, end);
    if (/(?:^|[,{])\s*(status|stageId)\s*(?::|,|}|$)/.test(body)) return true;
  }
  return /update\s+[`"]?applications[`"]?\s+set\b[^;]*?[\s,`"](status|stage_id)[`"]?\s*=/i.test(source);
}

describe("the one transition", () => {
  it("is the only code in lib/, app/, db/ and scripts/ that changes an application's stage or status", () => {
    const files = ["lib", "app", "db", "scripts"].flatMap(sources);
    expect(files.filter((f) => f !== TRANSITION && writesStatus(readFileSync(f, "utf8")))).toEqual([]);
    expect(writesStatus(readFileSync(TRANSITION, "utf8"))).toBe(true);
  });

  it("finds a stage or status change however it is written", () => {
    for (const found of [
      "tx.update(applications).set({ status: 'hired' })",
      "tx.update(applications).set({ version: 2, status })",
      "tx.update(schema.applications).set({ updatedAt: now, ...(x ? { a: 1 } : {}), stageId: 3 })",
      "tx.update(applications).set({ v: sql`${applications.version} + 1`, status: 'rejected' })",
      "tx.update(applications).set(changes)",
      "UPDATE applications SET updated_at = 1, status = 'hired' WHERE id = 1",
      "update `applications` set `stage_id` = 4",
    ])
      expect(writesStatus(found), found).toBe(true);
    for (const fine of [
      "tx.update(applications).set({ backgroundCheck: status, version: 2 })",
      "tx.update(applications).set({ note: 'x' }).where(eq(applications.status, 'active'))",
      "tx.update(candidates).set({ status: 1 })",
    ])
      expect(writesStatus(fine), fine).toBe(false);
  });
});

describe("the one event writer", () => {
  it("is the only code in lib/, app/, db/ and scripts/ that writes application_events or audit_log", () => {
    const files = ["lib", "app", "db", "scripts"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter(
      (f) => f !== WRITER && f !== BULK_SEED && WRITES.some((w) => w.test(readFileSync(f, "utf8"))),
    );
    expect(offenders).toEqual([]);
    expect(WRITES.some((w) => w.test(readFileSync(WRITER, "utf8")))).toBe(true);
  });
});
