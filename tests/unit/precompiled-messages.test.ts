import { readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import parsingFormat from "use-intl/format-message";
import compiledFormat from "use-intl/format-message/format-only";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalog";
import { TIME_ZONE } from "@/lib/i18n/candidate-translator";
import { compileCatalog, forFormatter, PRECOMPILED } from "@/lib/i18n/for-formatter";
import { LOCALES } from "@/lib/i18n/locales";
import { sources } from "../helpers/imports";

/**
 * The built app formats every message from its compiled form (lib/i18n/for-formatter.ts), tests
 * and scripts from its ICU text. This formats every message of every catalog both ways, with
 * several sets of values (each plural at 0, 1, 2, 5 and 21, each select at each of its cases, a
 * date, tags as functions), and expects the same words.
 */

type Tag = (chunks: ReactNode) => string;
type Values = Record<string, string | number | Date | Tag>;
const joined = (chunks: ReactNode) => (Array.isArray(chunks) ? chunks.join("") : String(chunks));
const SAMPLES = [0, 1, 2, 5, 21];
const WHEN = new Date(Date.UTC(2026, 11, 7, 14, 5));

/** The arguments a message takes, with the `k`th sample of each. */
function valuesOf(elements: MessageFormatElement[], k: number, values: Values = {}): Values {
  for (const e of elements) {
    if (e.type === TYPE.argument) values[e.value] ??= `Name${k}`;
    else if (e.type === TYPE.number) values[e.value] ??= SAMPLES[k]! * 1.5;
    else if (e.type === TYPE.date || e.type === TYPE.time) values[e.value] ??= WHEN;
    else if (e.type === TYPE.plural) {
      values[e.value] ??= SAMPLES[k]!;
      for (const option of Object.values(e.options)) valuesOf(option.value, k, values);
    } else if (e.type === TYPE.select) {
      const cases = Object.keys(e.options);
      values[e.value] ??= cases[k % cases.length]!;
      for (const option of Object.values(e.options)) valuesOf(option.value, k, values);
    } else if (e.type === TYPE.tag) {
      values[e.value] ??= (chunks) => `<${e.value}>${joined(chunks)}</${e.value}>`;
      valuesOf(e.children, k, values);
    }
  }
  return values;
}

function messagesOf(node: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : messagesOf(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}

const words = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("messages compiled ahead format as their ICU text does", () => {
  for (const locale of LOCALES) {
    it(`every message of the ${locale} catalogs, with several sets of values`, () => {
      const cache = _createCache();
      const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: TIME_ZONE };
      const compiledCatalog = compileCatalog(CATALOGS[locale]);
      const compiledAt = (key: string) =>
        key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], compiledCatalog);
      const all = messagesOf(CATALOGS[locale]);
      expect(all.length).toBeGreaterThan(1000);
      const differ: string[] = [];
      let compared = 0;
      for (const [key, text] of all) {
        const ast = parse(text);
        const compiled = compiledAt(key);
        for (let k = 0; k < SAMPLES.length; k++) {
          const values = valuesOf(ast, k);
          const expected = words(parsingFormat(key, text, values, options as never));
          const actual = words(compiledFormat(key, compiled as never, values, options as never));
          compared++;
          if (actual !== expected) differ.push(`${key}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`);
        }
      }
      expect(compared).toBe(all.length * SAMPLES.length);
      expect(differ).toEqual([]);
    });
  }

  it("a plural, a date and a tag come out as the reader expects, compiled", () => {
    const cache = _createCache();
    const options = { cache, formatters: _createIntlFormatters(cache), locale: "sv", timeZone: TIME_ZONE };
    const message = "{n, plural, one {# dag} other {# dagar}} till <b>{at, date, ::dMMMM}</b>";
    const values = { n: 3, at: WHEN, b: (chunks: ReactNode) => `*${joined(chunks)}*` };
    expect(words(compiledFormat("x", compile(message) as never, values, options as never))).toBe(
      "3 dagar till *7 december*",
    );
  });

  it("compiles to plain arrays and objects, which a server component can hand to a client component", () => {
    const odd: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== "object") return;
      const proto = Object.getPrototypeOf(node);
      if (proto !== Object.prototype && proto !== Array.prototype) odd.push(at);
      for (const [key, value] of Object.entries(node)) walk(value, `${at}.${key}`);
    };
    for (const locale of LOCALES) walk(compileCatalog(CATALOGS[locale]), locale);
    expect(odd).toEqual([]);
  });

  it("makes every translator outside a React tree with the messages in the form its formatter takes", () => {
    const own = ["app", "components", "lib", "i18n", "scripts"].flatMap((dir) => sources(dir));
    expect(own.length).toBeGreaterThan(300);
    const direct = own.filter(
      (file) =>
        file !== "lib/i18n/for-formatter.ts" &&
        /import\s*{[^}]*\bcreateTranslator\b[^}]*}\s*from\s*["']use-intl(\/core)?["']/.test(readFileSync(file, "utf8")),
    );
    expect(direct).toEqual([]);
  });

  it("outside the build (here) the catalogs go to the formatter as written", () => {
    expect(PRECOMPILED).toBe(false);
    expect(forFormatter(CATALOGS.en)).toBe(CATALOGS.en);
  });
});
