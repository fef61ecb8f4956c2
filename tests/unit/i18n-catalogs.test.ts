import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names a message uses, with their kind (plain, number, date, plural, select...). */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    found.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    if (el.type === TYPE.tag) argumentsOf(el.children, found);
  }
  return found;
}

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, flatten(CATALOGS[l] as unknown as Tree)]));
const allKeys = [...new Set(LOCALES.flatMap((l) => [...catalogs[l]!.keys()]))].sort();

describe("message catalogs", () => {
  it.each(LOCALES)("every key exists in %s as well as in every other language", (locale) => {
    const missing = allKeys.filter((key) => !catalogs[locale]!.has(key));
    expect(missing, `keys missing from messages/${locale}`).toEqual([]);
  });

  it("a message takes the same ICU arguments in every language", () => {
    const differing: string[] = [];
    for (const key of allKeys) {
      const [first, ...rest] = LOCALES.map((l) => {
        const message = catalogs[l]!.get(key);
        return message === undefined ? "" : [...argumentsOf(parse(message))].sort().join(",");
      });
      if (rest.some((args) => args !== first)) differing.push(key);
    }
    expect(differing).toEqual([]);
  });

  it("every message is valid ICU and none is empty", () => {
    for (const locale of LOCALES)
      for (const [key, message] of catalogs[locale]!) {
        expect(message.trim(), `${locale}: ${key}`).not.toBe("");
        expect(() => parse(message), `${locale}: ${key}`).not.toThrow();
      }
  });
});
