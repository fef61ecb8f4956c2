import { expect, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page as it is now and fails with each violation's id and targets;
 * `exclude` leaves out parts checked elsewhere (CSS selectors).
 */
export async function expectNoAxeViolations(page: Page, { exclude = [] as string[] } = {}) {
  // After a server action the page's metadata is rendered again with the refreshed tree, and for a
  // moment the document can be without its <title>; wait for it (a page that never has one still fails here).
  await expect
    .poll(() => page.evaluate(() => document.title.trim()), { message: `a <title> on ${page.url()}`, timeout: 5_000 })
    .not.toBe("");
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(
    async ([tags, excluded]) => {
      const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<AxeResults> } }).axe;
      const context = excluded.length ? { include: [document], exclude: excluded.map((s) => [s]) } : document;
      const result = await axe.run(context, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    [TAGS, exclude] as const,
  );
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(" | ")}`).join("\n");
  expect(violations, `axe violations on ${page.url()}:\n${report}`).toEqual([]);
}
