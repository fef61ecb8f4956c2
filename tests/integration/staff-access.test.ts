import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestData, type TestData } from "../helpers/test-data";
import { callStaff, TEST_SECRET } from "../helpers/staff";

/** Every route.ts under app/api/staff, found on disk: a new route without a check fails here. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const root = path.resolve("app/api/staff");
const routes = routeFiles(root);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

let t: TestData;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
});
afterAll(() => t.cleanup());

describe("every staff API route refuses a signed-out request", () => {
  it("finds the staff routes on disk", () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of routes) {
    const urlPath = `/api/staff/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`;
    it(`${urlPath} answers 401 to every method it exports`, async () => {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect(exported.length).toBeGreaterThan(0);
      const params = Object.fromEntries([...urlPath.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, "1"]));
      for (const method of exported) {
        const res = await callStaff(mod[method], {
          method,
          path: urlPath,
          params,
          body: method === "GET" ? undefined : {},
        });
        expect(res.status, `${method} ${urlPath}`).toBe(401);
      }
    });
  }
});
