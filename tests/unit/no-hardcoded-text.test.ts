import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Words people read come from the message catalogs (messages/<locale>/*.json), so a Swedish user
 * never meets an English sentence a component wrote itself. This scan parses every .tsx under app/
 * and components/ and fails on language written into the markup: JSX text, text-bearing
 * attributes (aria-label, title, placeholder, alt, a component's label or button text), string
 * literals rendered as children (also through `cond ? "a" : "b"`, `x && "a"` and templates), and
 * the texts of confirm()/alert()/prompt().
 */

const ROOT = process.cwd();

/** Attributes whose value is read by people (or their screen reader) whatever it looks like. */
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
  "summary",
]);

/** Attributes that carry machine values (ids, URLs, CSS, form plumbing), never language. */
const MACHINE_ATTRIBUTES = new Set([
  "className",
  "id",
  "key",
  "href",
  "src",
  "rel",
  "type",
  "name",
  "method",
  "action",
  "target",
  "autoComplete",
  "inputMode",
  "pattern",
  "role",
  "htmlFor",
  "form",
  "accept",
  "lang",
  "dir",
  "d",
  "viewBox",
  "preserveAspectRatio",
  "xmlns",
  "fill",
  "stroke",
  "encType",
  "referrerPolicy",
  "sandbox",
  "sizes",
  "prefetch",
  "scroll",
  "path",
  "field",
]);

/**
 * Language on purpose, each with its reason. `text` is the finding's text with its whitespace
 * folded; an entry that no longer matches anything fails the last test, so the list stays honest.
 */
const ALLOWED: { file: string; text: string; reason: string }[] = [
  ...["Page not found", "We could not find that page. It may have moved, or the role may be closed."].map((text) => ({
    file: "components/site/not-found-card.tsx",
    text,
    reason: "a 404 cannot tell the visitor's language, so the card says it in both",
  })),
  ...["See our open roles", "Sidan hittades inte.", "Se våra lediga roller"].map((text) => ({
    file: "components/site/not-found-card.tsx",
    text,
    reason: "a 404 cannot tell the visitor's language, so the card says it in both",
  })),
  {
    file: "app/global-error.tsx",
    text: "Något gick fel och sidan kunde inte visas. Försök igen om en stund.",
    reason: "the last-resort error page renders without catalogs (they may be what failed), with a lang=sv line",
  },
  {
    file: "components/staff/staff-header.tsx",
    text: "Rekry",
    reason: "the product's name, the same in every language",
  },
];

/** URLs in placeholders (https://…) and other text with no word in it are not language. */
const NOT_LANGUAGE = /^(https?:\/\/\S*|[^\p{L}]*)$/u;

type Finding = { file: string; line: number; kind: string; text: string };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".tsx") ? [relative(ROOT, path)] : [];
  });
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();
/** JSX text keeps entities as written (`&lt;`); they are punctuation, not words. */
const withoutEntities = (text: string) => text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, " ");
/** A machine-looking value in an attribute of no known kind is fine; a capitalised word or a phrase is language. */
const looksLikeProse = (text: string) => /^\p{Lu}\p{Ll}/u.test(text) || /\p{L}\s+\p{L}/u.test(text);

/** Every piece of hard-coded language in one file. */
export function scan(file: string, source: string): Finding[] {
  const src = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, kind: string, raw: string) => {
    const text = fold(raw);
    if (NOT_LANGUAGE.test(text)) return;
    found.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1, kind, text });
  };

  /** The strings an expression renders: literals, templates, both sides of a ternary, the right of `&&`. */
  const rendered = (node: ts.Node | undefined, kind: string, test = (s: string) => /\p{L}/u.test(s)): void => {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (test(node.text)) report(node, kind, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" … ");
      if (test(text)) report(node, kind, text);
      for (const span of node.templateSpans) rendered(span.expression, kind, test);
    } else if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) {
      rendered(node.expression, kind, test);
    } else if (ts.isConditionalExpression(node)) {
      rendered(node.whenTrue, kind, test);
      rendered(node.whenFalse, kind, test);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) rendered(node.right, kind, test);
      else if ([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(op)) {
        rendered(node.left, kind, test);
        rendered(node.right, kind, test);
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      for (const element of node.elements) rendered(element, kind, test);
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(withoutEntities(node.text)))
      report(node, "JSX text", withoutEntities(node.text));
    else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) rendered(node.expression, "rendered string");
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(src);
      if (TEXT_ATTRIBUTES.has(name)) rendered(node.initializer, `${name}=`);
      // The other aria-* attributes hold ids (aria-describedby) or states (aria-current="page").
      else if (!MACHINE_ATTRIBUTES.has(name) && !/^(data-|aria-|on[A-Z])/.test(name))
        rendered(node.initializer, `${name}=`, looksLikeProse);
    } else if (ts.isCallExpression(node) && /^(window\.)?(confirm|alert|prompt)$/.test(node.expression.getText(src)))
      for (const arg of node.arguments) rendered(arg, `${node.expression.getText(src)}()`);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

const FILES = ["app", "components"].flatMap((dir) => sources(join(ROOT, dir)));
const FINDINGS = FILES.flatMap((file) => scan(file, readFileSync(join(ROOT, file), "utf8")));
const allowed = (f: Finding) => ALLOWED.some((a) => a.file === f.file && a.text === f.text);
const show = (f: Finding) => `${f.file}:${f.line} ${f.kind} ${JSON.stringify(f.text)}`;

describe("no hard-coded language in app/ and components/", () => {
  it("finds what it looks for (the scan itself works)", () => {
    expect(FILES.length).toBeGreaterThan(100);
    const sample = [
      'export const A = () => <p title="Hello there">Hard-coded words</p>;',
      'export const B = ({ n }: { n: number }) => <p aria-label={n ? "One" : `${n} more`}>{n > 1 && "many"}</p>;',
      'export const C = () => <Dialog button="Remove" id="remove-code" kind="caldav" />;',
      'export const D = () => <button onClick={() => confirm("Sure?")}>{t("ok")} &lt;{x}&gt;</button>;',
    ].join("\n");
    expect(scan("sample.tsx", sample).map((f) => `${f.kind} ${f.text}`)).toEqual([
      "title= Hello there",
      "JSX text Hard-coded words",
      "aria-label= One",
      "aria-label= … more",
      "rendered string many",
      "button= Remove",
      "confirm() Sure?",
    ]);
  });

  it("every user-visible string comes from a catalog (or is allowed below, with a reason)", () => {
    expect(FINDINGS.filter((f) => !allowed(f)).map(show)).toEqual([]);
  });

  it("every allowance still matches something", () => {
    const stale = ALLOWED.filter((a) => !FINDINGS.some((f) => f.file === a.file && f.text === a.text));
    expect(stale).toEqual([]);
  });
});
