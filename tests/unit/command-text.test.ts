import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { commandMessage } from "@/lib/i18n/command-message";
import { msg } from "@/lib/i18n/command-text";
import { AppError, errorBody } from "@/lib/errors";

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

/**
 * Where a field error may be a string: the candidate's intake, whose values are candidate error
 * codes (lib/i18n/errors.ts) or text already in the candidate's language.
 */
const FIELD_STRINGS_ALLOWED = ["lib/applications/parse-multipart.ts", "lib/applications/submit-application.ts"];

/** A machine code ("invalid", "not_open"), which the API answers as it is; never a sentence. */
const CODE = /^["'][a-z][a-z_]*["']$/;

/** Each `field: value` inside an `errors: { ... }` on one line or spread over a few. */
function fieldErrorValues(source: string): { line: number; value: string }[] {
  const found: { line: number; value: string }[] = [];
  for (const block of source.matchAll(/\berrors:\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g)) {
    const line = source.slice(0, block.index).split("\n").length;
    for (const entry of block[1]!.matchAll(
      /(?:^|,)\s*(?:\[[^\]]+\]|[\w"']+)\s*:\s*((?:[^,(]|\([^()]*(?:\([^()]*\))?[^()]*\))+)/g,
    ))
      found.push({ line, value: entry[1]!.trim() });
  }
  return found;
}

/** Every catalog key named inside msg(...), also the two sides of a `cond ? "a.b" : "c.d"`. */
function keysUsed(source: string): string[] {
  const keys: string[] = [];
  // lib/validations and lib/mail have msg()s of their own catalogs, checked by their own tests.
  if (!/from "@\/lib\/i18n\/command-text"|from "\.\/command-text"/.test(source)) return keys;
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

  it("no lib/ command words a field error itself: each is a key (msg), worded where it is read", () => {
    const scanned = FILES.filter((f) => f.startsWith("lib/") && /new AppError\(/.test(read(f)));
    expect(scanned.flatMap((f) => fieldErrorValues(read(f))).length, "the scan finds field errors").toBeGreaterThan(20);
    const worded: string[] = [];
    for (const file of scanned) {
      if (FIELD_STRINGS_ALLOWED.includes(file)) continue;
      for (const { line, value } of fieldErrorValues(read(file))) {
        const sentence = /^["'`]/.test(value) && !CODE.test(value);
        const wordedEarly = !value.startsWith("msg(") && /commandMessage\(|\.message\b|\?\?\s*["'`]/.test(value);
        if (sentence || wordedEarly) worded.push(`${file}:${line} ${value}`);
      }
    }
    expect(worded, "errors: { field: <string> }: use msg(key, values), or a code the API answers as it is").toEqual([]);
  });

  it("the scan of field errors catches a sentence, a template, and English worded early", () => {
    const values = (source: string) => fieldErrorValues(source).map((v) => v.value);
    expect(values(`{ errors: { email: "A user with this email already exists." } }`)).toEqual([
      '"A user with this email already exists."',
    ]);
    expect(values('errors: {\n  ratings: `Unknown attribute: ${keys.join(", ")}.`,\n}')).toHaveLength(1);
    expect(values(`{ errors: { [field]: commandMessage("en", text), code: "invalid" } }`)).toEqual([
      'commandMessage("en", text)',
      '"invalid"',
    ]);
    expect(values(`{ errors: { slot: msg("scheduling.badTime", { a: 1, b: f(2) }) } }`)).toEqual([
      'msg("scheduling.badTime", { a: 1, b: f(2) })',
    ]);
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

  it("words field errors for the reader; the JSON body stays English, codes stay codes", () => {
    const e = new AppError("conflict", msg("users.emailTaken"), {
      errors: { email: msg("users.emailTaken"), cv: "cv.tooLarge" },
    });
    expect(e.fieldErrorsIn("sv")).toEqual({
      email: "Det finns redan en användare med den e-postadressen.",
      cv: "cv.tooLarge",
    });
    expect(errorBody(e)).toEqual({
      error: "conflict",
      message: "A user with this email already exists.",
      errors: { email: "A user with this email already exists.", cv: "cv.tooLarge" },
    });
    expect(errorBody(new AppError("not_found", msg("common.notFound")))).toEqual({
      error: "not_found",
      message: "Not found.",
    });
  });
});
