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

/** Drizzle inserts and raw SQL alike: the two ways code could write either log. */
const WRITES = [/\.insert\(\s*(applicationEvents|auditLog)\s*\)/, /insert\s+into\s+[`"']?(application_events|audit_log)\b/i];

describe("the one event writer", () => {
  it("is the only code in lib/ and app/ that writes application_events or audit_log", () => {
    const files = [...sources("lib"), ...sources("app")];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => f !== WRITER && WRITES.some((w) => w.test(readFileSync(f, "utf8"))));
    expect(offenders).toEqual([]);
    expect(WRITES.some((w) => w.test(readFileSync(WRITER, "utf8")))).toBe(true);
  });
});
