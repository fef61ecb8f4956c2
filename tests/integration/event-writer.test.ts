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
const WRITES = [
  /\.insert\(\s*(applicationEvents|auditLog)\s*\)/,
  /insert\s+into\s+[`"']?(application_events|audit_log)\b/i,
];

const TRANSITION = path.join("lib", "applications", "transition.ts");
/** An update of applications that sets its status or stage: what only the one transition may do. */
const STATUS_WRITE = /update\(\s*applications\s*\)\s*\.set\(\{[^}]*\b(status|stageId)\s*:/;

describe("the one transition", () => {
  it("is the only code in lib/ and app/ that changes an application's stage or status", () => {
    const files = [...sources("lib"), ...sources("app")];
    expect(files.filter((f) => f !== TRANSITION && STATUS_WRITE.test(readFileSync(f, "utf8")))).toEqual([]);
    expect(STATUS_WRITE.test(readFileSync(TRANSITION, "utf8"))).toBe(true);
  });
});

describe("the one event writer", () => {
  it("is the only code in lib/ and app/ that writes application_events or audit_log", () => {
    const files = [...sources("lib"), ...sources("app")];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => f !== WRITER && WRITES.some((w) => w.test(readFileSync(f, "utf8"))));
    expect(offenders).toEqual([]);
    expect(WRITES.some((w) => w.test(readFileSync(WRITER, "utf8")))).toBe(true);
  });
});
