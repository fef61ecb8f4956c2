import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { fileOf, importsOf, sources } from "../helpers/imports";

/**
 * Each staff page sends the browser only the message namespaces its client components use
 * (lib/i18n/client-namespaces.ts). A namespace missing there would show its keys instead of words,
 * so this follows the imports of every page and layout, from the first "use client" file on, and
 * collects the namespaces their useTranslations() calls name.
 */

const USE_TRANSLATIONS = /\buseTranslations\(\s*(["'])?(\w*)/g;

function clientNamespaces(entries: string[]): { namespaces: string[]; unnamed: string[] } {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const unnamed: string[] = [];
  const queue = entries.map((file) => ({ file, client: false }));
  while (queue.length) {
    const { file, client: below } = queue.shift()!;
    const text = readFileSync(file, "utf8");
    const client = below || /^\s*["']use client["']/.test(text);
    if (seen.has(`${client}:${file}`)) continue;
    seen.add(`${client}:${file}`);
    if (client)
      for (const [, quote, name] of text.matchAll(USE_TRANSLATIONS)) {
        if (quote && name) namespaces.add(name);
        else unnamed.push(file);
      }
    for (const target of importsOf(file)) {
      const next = fileOf(target);
      if (next && /\.tsx?$/.test(next)) queue.push({ file: next, client });
    }
  }
  return { namespaces: [...namespaces].sort(), unnamed };
}

/** app/staff/jobs/[slug]/page.tsx → /staff/jobs/[slug] */
const routeOf = (page: string) => "/" + path.dirname(path.relative("app", page)).split(path.sep).join("/");

const pages = sources(path.join("app", "staff")).filter((f) => path.basename(f) === "page.tsx");
const declared = CLIENT_NAMESPACES as Record<string, readonly string[]>;
const ownFiles = (dir: string) => sources(dir).filter((f) => !f.endsWith("page.tsx") && path.dirname(f) === dir);

describe("the message namespaces each page sends the browser", () => {
  it("finds the staff pages and what their client components use", () => {
    expect(pages.length).toBeGreaterThan(15);
    // The board's cards translate with "board"; its page must be found to need it.
    expect(clientNamespaces([path.join("app", "staff", "jobs", "[slug]", "page.tsx")]).namespaces).toContain("board");
  });

  for (const page of pages) {
    const route = routeOf(page);
    it(`${route}: sends exactly the namespaces its client components use`, () => {
      const { namespaces, unnamed } = clientNamespaces([page]);
      expect(unnamed, "useTranslations() without a literal namespace cannot be checked").toEqual([]);
      expect([...(declared[route] ?? [])].sort()).toEqual(namespaces);
      // The page's own provider holds them: without it the page would get only its layout's.
      const wraps = readFileSync(page, "utf8").includes(`<ClientMessages of="${route}">`);
      expect(wraps).toBe(namespaces.length > 0);
    });
  }

  it("the staff layout (with its error and 403 pages) sends what they use", () => {
    const dir = path.join("app", "staff");
    expect([...CLIENT_NAMESPACES["app/staff/layout"]].sort()).toEqual(clientNamespaces(ownFiles(dir)).namespaces);
  });

  it("the login layout sends what every page under app/login uses", () => {
    const { namespaces } = clientNamespaces(sources(path.join("app", "login")));
    expect([...CLIENT_NAMESPACES["app/login/layout"]].sort()).toEqual(namespaces);
  });

  it("lists no page that does not exist", () => {
    const places = new Set([...pages.map(routeOf), "app/staff/layout", "app/login/layout"]);
    expect(Object.keys(CLIENT_NAMESPACES).filter((key) => !places.has(key))).toEqual([]);
  });
});
