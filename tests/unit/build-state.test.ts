import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceHash } from "@/scripts/build-state";

const root = mkdtempSync(path.join(os.tmpdir(), "rekry-build-state-"));
const put = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("whether the build is current", () => {
  it.each([
    "app/page.tsx",
    "lib/x.ts",
    "messages/sv/board.json",
    "i18n/request.ts",
    "proxy.ts",
    "instrumentation.ts",
    "package.json",
  ])("changes with %s, which the build is made from", (file) => {
    put(file, "one");
    const before = sourceHash(root);
    put(file, "two");
    expect(sourceHash(root)).not.toBe(before);
  });

  it("does not change with files the build does not read", () => {
    const before = sourceHash(root);
    put("README.md", "words");
    put("tests/unit/x.test.ts", "test");
    expect(sourceHash(root)).toBe(before);
  });
});
