import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestData, type TestData } from "../helpers/test-data";
import { apply, stored, validFields } from "../helpers/intake";

let t: TestData;
beforeAll(async () => {
  t = await createTestData({ APPLY_RATE_LIMIT: "3", TRUST_PROXY: "false" });
});
afterAll(() => t.cleanup());

describe("the per-address limit on applications", () => {
  it("answers 429 with Retry-After once an address is over the limit, and stores nothing", async () => {
    for (let i = 0; i < 3; i++) expect((await apply(validFields())).status).toBe(201);
    const before = await stored(t.db, t.uploadDir);
    const res = await apply(validFields());
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
  });

  it("ignores a forged X-Forwarded-For unless TRUST_PROXY is on", async () => {
    const res = await apply(validFields(), { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(res.status).toBe(429);
  });

  it("counts another address separately", async () => {
    const res = await apply(validFields(), { headers: { "x-rekry-client-ip": "10.9.9.9" } });
    expect(res.status).toBe(201);
  });
});
