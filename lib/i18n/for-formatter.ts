import compile from "icu-minify/compile";
import { createTranslator as createParsingOrCompiledTranslator } from "use-intl/core";
import formatMessage from "use-intl/format-message";

/**
 * The catalogs in the form the message formatter in use takes. The built app formats with
 * use-intl's format-only formatter (next.config.ts points `use-intl/format-message` at it), which
 * takes each message compiled ahead by icu-minify: a message with a name in it formats in about
 * 1.7 µs instead of 10, a plural in 6 instead of 13, and the browser's staff bundle carries no ICU
 * parser. The compiling happens once per catalog and process, here. Code run outside the build
 * (tsx scripts, vitest, the background worker's bundle) keeps use-intl's own formatter, which
 * parses ICU text as it goes: it is given the catalogs as written. Which formatter is in use is
 * the one this module imports, so the two cannot disagree.
 * tests/unit/precompiled-messages.test.ts formats every message of every catalog both ways.
 */
export const PRECOMPILED = !formatMessage.raw;

const compiled = new WeakMap<object, object>();

/**
 * Every message of a catalog compiled, in the catalog's nested shape, as plain JSON: icu-minify
 * keeps a plural's cases in objects without a prototype, which React refuses to hand from a server
 * component to a client component (the staff pages' ClientMessages does that).
 */
export function compileCatalog(node: Record<string, unknown>): Record<string, unknown> {
  const compileAll = (n: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(n).map(([key, value]) => [
        key,
        typeof value === "string" ? compile(value) : compileAll(value as Record<string, unknown>),
      ]),
    );
  return JSON.parse(JSON.stringify(compileAll(node))) as Record<string, unknown>;
}

/** `messages` as the formatter in use takes them (compiled once, then the same object). */
export function forFormatter<T extends object>(messages: T): T {
  if (!PRECOMPILED) return messages;
  let done = compiled.get(messages);
  if (!done) {
    done = compileCatalog(messages as Record<string, unknown>);
    compiled.set(messages, done);
  }
  return done as T;
}

/**
 * use-intl's createTranslator, given the messages in the form the formatter in use takes. Every
 * translator outside a React tree is made with this one (tests/unit/precompiled-messages.test.ts
 * fails on a createTranslator imported from use-intl elsewhere in the app): one made with the
 * catalogs as written would print them as written in the built app.
 */
export const createTranslator = ((config: { messages?: object }) =>
  createParsingOrCompiledTranslator({
    ...config,
    messages: config.messages && forFormatter(config.messages),
  } as never)) as unknown as typeof createParsingOrCompiledTranslator;
