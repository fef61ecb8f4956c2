import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { commandMessage } from "@/lib/i18n/translator";
import { msg } from "@/lib/i18n/command-text";

const ROOT = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const FILES = ["lib", "app", "components"].flatMap((d) => sources(join(ROOT, d)));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
/** The files whose msg() is this one (lib/validations/message.ts has a msg of its own, for schema messages). */
const COMMAND_FILES = FILES.filter((f) =>
  /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*"(@\/lib\/i18n|\.)\/command-text"/.test(read(f)),
);

/** Text already in its reader's words: the candidate's errors (lib/i18n/errors.ts) and a schema's message. */
const VERBATIM_ALLOWED = [
  "lib/applications/intake.ts",
  "lib/applications/submit-application.ts",
  "lib/files/cv-objects.ts",
  "lib/i18n/command-text.ts",
  "lib/scheduling/http.ts",
];

/** Every catalog key named inside msg(...), also the two sides of a `cond ? "a.b" : "c.d"`. */
function keysUsed(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/\bmsg\(([^{)]*)/g)) for (const k of m[1]!.matchAll(/"([^"]+)"/g)) keys.push(k[1]!);
  return keys;
}

function leaf(locale: (typeof LOCALES)[number], key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGS[locale].commands);
}

describe("what lib/ commands say, by catalog key", () => {
  it("finds the throw sites it scans (the scan itself works)", () => {
    const throwSites = FILES.flatMap((f) => [...read(f).matchAll(/new AppError\(/g)]);
    expect(throwSites.length).toBeGreaterThan(100);
    expect(COMMAND_FILES.flatMap((f) => keysUsed(read(f))).length).toBeGreaterThan(100);
  });

  it("no throw site passes its words as a string: each names a key (or verbatim text where allowed)", () => {
    const literal: string[] = [];
    for (const file of FILES) {
      const source = read(file);
      for (const m of source.matchAll(/new AppError\(\s*[^,]+,\s*(["'`])/g))
        literal.push(`${file}:${source.slice(0, m.index).split("\n").length}`);
    }
    expect(literal, "new AppError(code, <string>): use msg(key, values)").toEqual([]);
  });

  it("verbatim text only where the words are already the reader's", () => {
    const offenders = FILES.filter((f) => /\bverbatim\(/.test(read(f)) && !VERBATIM_ALLOWED.includes(f));
    expect(offenders).toEqual([]);
  });

  it("the refusals of moves, slots, processes and calendars are keys, not sentences", () => {
    for (const file of [
      "lib/stages/transitions.ts",
      "lib/stages/process.ts",
      "lib/scheduling/slots.ts",
      "lib/scheduling/calendar-connection.ts",
    ]) {
      const source = read(file);
      expect(source, file).not.toMatch(/\b(message|reason):\s*["'`]/);
      expect(source, file).not.toMatch(/return\s+["'`][A-Z]/);
      expect(source, file).not.toMatch(/\?\s*["'`][A-Z][^"'`]*\.["'`]/);
    }
  });

  it.each(LOCALES)("every key a command names has its message in %s", (locale) => {
    const missing = [...new Set(COMMAND_FILES.flatMap((f) => keysUsed(read(f)).map((k) => `${f}: ${k}`)))].filter(
      (entry) => typeof leaf(locale, entry.split(": ")[1]!) !== "string",
    );
    expect(missing).toEqual([]);
  });

  it("Swedish is written for each message, not the English copied", () => {
    const en = CATALOGS.en.commands as Record<string, Record<string, string>>;
    const sv = CATALOGS.sv.commands as Record<string, Record<string, string>>;
    const same = Object.entries(en).flatMap(([group, messages]) =>
      Object.entries(messages).flatMap(([key, text]) => (sv[group]?.[key] === text ? [`${group}.${key}`] : [])),
    );
    expect(same).toEqual([]);
  });

  it("words a refusal in the reader's language, with its values", () => {
    const moved = msg("transition.alreadyFinal", { status: "rejected" });
    expect(commandMessage("en", moved)).toBe("This application is already rejected.");
    expect(commandMessage("sv", moved)).toBe("Ansökan är redan avslagen.");
    const stage = msg("jobs.stageHasApplications", { stage: "Tech", count: 2 });
    expect(commandMessage("en", stage)).toBe(
      '"Tech" cannot be removed: 2 applications sit in it. Move them to another stage first.',
    );
    expect(commandMessage("sv", stage)).toBe(
      "”Tech” kan inte tas bort: 2 ansökningar ligger där. Flytta dem till ett annat steg först.",
    );
  });
});
