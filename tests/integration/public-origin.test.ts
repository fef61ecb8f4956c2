import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { POST as lostLink } from "@/app/api/status/lost-link/route";
import { POST as addUserRoute } from "@/app/api/staff/users/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, sessionCookie, TEST_SECRET } from "../helpers/staff";
import { apply, stored, validFields } from "../helpers/intake";

const SITE = "https://jobs.example.org";

let t: TestData;
let adminCookie: string;
beforeAll(async () => {
  t = await createTestData({ PUBLIC_URL: SITE, AUTH_SECRET: TEST_SECRET });
  adminCookie = await sessionCookie((await addUser(t.db, "admin")).id);
});
afterAll(() => t.cleanup());

const mails = () => t.db.read().select().from(outbox).all();

function askForLink(email: string, headers: Record<string, string>) {
  return lostLink(
    new Request("http://localhost/api/status/lost-link", {
      method: "POST",
      headers: { "content-type": "application/json", "x-rekry-client-ip": "10.9.0.1", ...headers },
      body: JSON.stringify({ email }),
    }),
  );
}

describe("links in answers and mails come from PUBLIC_URL, never from the request", () => {
  it("builds the intake's statusUrl and the received mail from PUBLIC_URL", async () => {
    const res = await apply(validFields(), { headers: { host: "jobs.example.org:443" } });
    expect(res.status).toBe(201);
    const { statusUrl } = (await res.json()) as { statusUrl: string };
    expect(statusUrl).toMatch(/^https:\/\/jobs\.example\.org\/status\/[A-Za-z0-9_-]{43}$/);
    expect((await mails()).at(-1)!.text).toContain(statusUrl);
  });

  it("answers 421 to an application addressed to another host, and stores and mails nothing", async () => {
    const before = await stored(t.db, t.uploadDir);
    const queued = (await mails()).length;
    const res = await apply(validFields(), { headers: { host: "attacker.example" } });
    expect(res.status).toBe(421);
    expect(await res.json()).toMatchObject({ error: "misdirected" });
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
    expect(await mails()).toHaveLength(queued);
  });

  it("answers 421 in HTML to the no-JavaScript form post addressed to another host", async () => {
    const res = await apply(validFields(), { headers: { host: "attacker.example", accept: "text/html" } });
    expect(res.status).toBe(421);
    expect(res.headers.get("content-type")).toContain("text/html");
  });

  it("answers 421 to a lost-link request with a forged Host and queues no mail", async () => {
    const fields = validFields();
    expect((await apply(fields, { headers: { host: "jobs.example.org" } })).status).toBe(201);
    const queued = (await mails()).length;

    const forged = await askForLink(String(fields.email), { host: "attacker.example" });
    expect(forged.status).toBe(421);
    expect(await mails()).toHaveLength(queued);

    // X-Forwarded-Host is the client's own header without TRUST_PROXY: it changes nothing.
    const viaHeader = await askForLink(String(fields.email), {
      host: "attacker.example",
      "x-forwarded-host": "jobs.example.org",
    });
    expect(viaHeader.status).toBe(421);
    expect(await mails()).toHaveLength(queued);

    const genuine = await askForLink(String(fields.email), { host: "JOBS.example.org" });
    expect(genuine.status).toBe(200);
    const sent = (await mails()).at(-1)!;
    expect(sent.kind).toBe("lost_link");
    expect(sent.text).toMatch(/https:\/\/jobs\.example\.org\/status\/[A-Za-z0-9_-]{43}/);
    expect(sent.text).not.toContain("attacker.example");
  });

  it("refuses a request without a Host header as misdirected", async () => {
    const res = await askForLink("someone@example.com", {});
    expect(res.status).toBe(421);
  });
});

describe("same-origin checks do not depend on PUBLIC_URL alone", () => {
  const post = (host: string, origin: string) =>
    addUserRoute(
      new Request("http://localhost/api/staff/users", {
        method: "POST",
        headers: { host, origin, cookie: adminCookie, "content-type": "application/json" },
        body: JSON.stringify({
          name: "Lan User",
          email: `lan.${Math.random().toString(36).slice(2)}@example.com`,
          role: "recruiter",
        }),
      }),
      { params: Promise.resolve({}) },
    );

  it("accepts a staff call from a page opened at another name of this server, and refuses another site", async () => {
    expect((await post("192.168.1.5:3000", "http://192.168.1.5:3000")).status).toBe(201);
    expect((await post("192.168.1.5:3000", "https://evil.example")).status).toBe(403);
  });
});
