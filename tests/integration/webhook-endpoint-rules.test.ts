import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookEndpoints } from "@/db/schema";
import * as listRoute from "@/app/api/staff/webhooks/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";

// Production settings: neither WEBHOOKS_ALLOW_HTTP nor WEBHOOKS_ALLOW_PRIVATE is set (each test
// file runs in a process of its own, so this file's configuration is not the webhooks suite's).
let t: TestData;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  admin = await addUser(t.db, "admin");
}, 30_000);
afterAll(() => t.cleanup());

const stored = async () => (await t.db.read().select({ n: count() }).from(webhookEndpoints).get())!.n;

describe("an endpoint's URL, as an admin enters it", () => {
  const refused = async (url: string) => {
    const res = await callStaff(listRoute.POST, {
      method: "POST",
      cookie: await sessionCookie(admin.id),
      body: { url, events: ["all"] },
    });
    expect(res.status).toBe(400);
    return ((await res.json()) as { fieldErrors?: Record<string, string>; errors?: Record<string, string> }) ?? {};
  };

  it("refuses http:// without WEBHOOKS_ALLOW_HTTP, saying https is needed, and stores nothing", async () => {
    expect(JSON.stringify(await refused("http://hooks.example.com/rekry"))).toContain("Please enter an https:// URL.");
    expect(await stored()).toBe(0);
  });

  it("refuses a private or metadata address literal and a URL carrying a password", async () => {
    expect(JSON.stringify(await refused("https://10.0.0.1/hook"))).toContain("private or reserved");
    expect(JSON.stringify(await refused("https://169.254.169.254/latest"))).toContain("private or reserved");
    expect(JSON.stringify(await refused("https://[::1]/hook"))).toContain("private or reserved");
    expect(JSON.stringify(await refused("https://user:secret@hooks.example.com/"))).toContain("user name and password");
    expect(await stored()).toBe(0);
  });

  it("takes an https URL", async () => {
    const res = await callStaff(listRoute.POST, {
      method: "POST",
      cookie: await sessionCookie(admin.id),
      body: { url: "https://hooks.example.com/rekry", events: ["all"] },
    });
    expect(res.status).toBe(201);
    expect(await stored()).toBe(1);
  });
});
