import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { startSmtp, type Smtp } from "../helpers/smtp";
import { createPgDatabase, pgTestUrl, type PgTestDatabase } from "../helpers/pg-server";
import { startS3, type S3Server } from "../helpers/s3";
import { ExtraServer, pdfBytes } from "./support/server";
import { JobEditorPage } from "./pages/job-editor-page";
import { LoginPage } from "./pages/login-page";
import { USERS } from "./users";

/**
 * Two production servers on one PostgreSQL database behind a round-robin proxy, as two instances
 * behind nginx: whatever one does, the other sees at once. A request may name its instance with
 * the x-instance header (a or b); the proxy passes the Host header on, as nginx is told to.
 * In the main run both keep CVs in one shared UPLOAD_DIR, as instances on one machine do; in the
 * PostgreSQL run (E2E_DB=pg) each has a folder of its own and the CVs go to one bucket on a real
 * S3 server (s3rver, started here on loopback), as instances on several machines do.
 */
test.describe.configure({ mode: "serial" });
test.skip(
  !pgTestUrl && process.env.REKRY_REQUIRE_PG !== "1",
  "needs the PostgreSQL test server: REKRY_TEST_PG_URL (scripts/pg-cluster.sh start prints it)",
);

/** The job support/pg-setup.ts opens, whose "Do you live in the EU?" rejects a "no". */
const KNOCKOUT_JOB = "knockout-job";
const BASE_PORT = Number(process.env.E2E_PORT ?? 3210) + 60;
const SHARED = {
  AUTH_SECRET: "multi-instance-test-secret-0123456789abcdef",
  APPLY_RATE_LIMIT: "100000",
  KNOCKOUT_DELAY_HOURS: "0",
};

type Instance = "a" | "b";

const ON_S3 = process.env.E2E_DB === "pg";
/**
 * What checks the same on either store: the main run checks it, and the PostgreSQL (S3) run leaves
 * it out (playwright.config.ts, grepInvert), so it is neither run twice nor skipped.
 */
const STORE_FREE = "@store-free";
let s3: S3Server | undefined;
let database: PgTestDatabase;
let servers: Record<Instance, ExtraServer>;
let proxy: http.Server;
let smtp: Smtp;
let site: string;
const dataDir = path.resolve(".tmp", `multi-${BASE_PORT}`);

function startProxy(port: number, backends: Record<Instance, number>): Promise<http.Server> {
  let turn = 0;
  const server = http.createServer((req, res) => {
    const named = req.headers["x-instance"];
    const instance: Instance = named === "a" || named === "b" ? named : turn++ % 2 ? "b" : "a";
    const upstream = http.request(
      { host: "127.0.0.1", port: backends[instance], method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": instance });
        // An instance killed mid-answer cuts the answer off, as nginx does: pipe() would leave it open.
        pipeline(answer, res, () => undefined);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function startMailServer(): Promise<number> {
  smtp = await startSmtp();
  return smtp.port;
}

/** What arrived, each with its Message-ID (the same for a message sent twice). */
const inbox = () =>
  smtp.inbox.map((m, i) => ({ to: m.to, messageId: /^Message-ID:\s*(\S+)/im.exec(m.raw)?.[1] ?? `(none ${i})` }));

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function application(fields: Record<string, string>, withCv = false): FormData {
  const form = new FormData();
  form.append("country", "SE");
  form.append("privacyConsent", "true");
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (withCv) form.append("cv", new File([new Uint8Array(pdfBytes())], "cv.pdf", { type: "application/pdf" }));
  else if (!fields.githubUrl) form.append("githubUrl", "https://github.com/someone");
  return form;
}

async function apply(
  fields: Record<string, string>,
  options: { slug?: string; via?: Instance; withCv?: boolean } = {},
) {
  const res = await fetch(`${site}/api/jobs/${options.slug ?? "cloud-engineer"}/applications`, {
    method: "POST",
    body: application(fields, options.withCv),
    headers: { accept: "application/json", ...(options.via ? { "x-instance": options.via } : {}) },
  });
  return { status: res.status, servedBy: res.headers.get("x-served-by"), body: (await res.json()) as { id: number } };
}

async function signIn(page: Page, user: { email: string; password: string }): Promise<APIRequestContext> {
  await page.goto(`${site}/login`);
  await new LoginPage(page).signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/staff$/);
  return page.request;
}

/** A staff API call through the proxy to one instance, as the browser's fetch would send it. */
const staff = (request: APIRequestContext, via: Instance) => ({
  get: (url: string) => request.get(`${site}${url}`, { headers: { "x-instance": via } }),
  post: (url: string, data: unknown) =>
    request.post(`${site}${url}`, { data, headers: { "x-instance": via, origin: site } }),
  patch: (url: string, data: unknown) =>
    request.patch(`${site}${url}`, { data, headers: { "x-instance": via, origin: site } }),
});

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createPgDatabase();
  const setup = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/e2e/support/pg-setup.ts"], {
    // lib/ marks its server modules "server-only", which resolves to nothing under this condition.
    env: { ...process.env, DATABASE_URL: database.url, NODE_OPTIONS: "--conditions=react-server" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(setup.status, setup.stderr).toBe(0);
  const smtpPort = await startMailServer();
  site = `http://127.0.0.1:${BASE_PORT}`;
  rmSync(dataDir, { recursive: true, force: true });
  if (ON_S3) s3 = await startS3();
  const env = {
    ...SHARED,
    ...s3?.env,
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_URL: site,
  };
  const own = (instance: Instance) => (ON_S3 ? path.join(dataDir, instance) : dataDir);
  servers = {
    a: new ExtraServer(BASE_PORT + 1, own("a"), path.join(dataDir, "a.log"), env),
    b: new ExtraServer(BASE_PORT + 2, own("b"), path.join(dataDir, "b.log"), env),
  };
  // Both at once, as two instances deployed together: the migration lock has them take turns.
  await Promise.all([servers.a.start(), servers.b.start()]);
  proxy = await startProxy(BASE_PORT, { a: servers.a.port, b: servers.b.port });
});

test.afterAll(async () => {
  for (const server of Object.values(servers ?? {})) server.kill("SIGTERM");
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
  await database?.drop();
  await s3?.stop();
});

/** The storage keys of these rows whose CV is not in the store the instances share. */
async function missingCvs(keys: string[]): Promise<string[]> {
  if (!s3) return keys.filter((key) => !existsSync(path.join(dataDir, "uploads", "cv", key)));
  const kept = new Set(await s3.keys());
  return keys.filter((key) => !kept.has(key));
}

test("the proxy spreads requests over both instances, which serve one site", async ({ request }) => {
  const served = await Promise.all(
    Array.from({ length: 4 }, () => request.get(`${site}/api/health`).then((r) => r.headers()["x-served-by"])),
  );
  expect(new Set(served)).toEqual(new Set(["a", "b"]));
});

test("a knockout due while both instances run rejects once, with one mail", { tag: STORE_FREE }, async () => {
  test.setTimeout(90_000);
  // Due at once (KNOCKOUT_DELAY_HOURS=0); both instances run their knockout pass 15 s after start.
  const { status, body } = await apply(
    { fullName: "Knocked Out", email: `knockout-${Date.now()}@example.com`, q_do_you_live_in_the_eu: "no" },
    { slug: KNOCKOUT_JOB },
  );
  expect(status).toBe(201);
  await expect
    .poll(
      async () =>
        (await query<{ status: string }>("select status from applications where id = $1", [body.id]))[0]?.status,
      {
        timeout: 60_000,
      },
    )
    .toBe("rejected");
  // Both passes have run by now (the second instance's within a second of the first's).
  await new Promise((r) => setTimeout(r, 3000));
  const kinds = await query<{ kind: string }>(
    "select kind from application_events where application_id = $1 and kind in ('rejected', 'knockout_rejected') order by id",
    [body.id],
  );
  expect(kinds, "rejection events").toHaveLength(1);
  const mails = await query<{ kind: string }>("select kind from outbox where application_id = $1 order by id", [
    body.id,
  ]);
  expect(mails.filter((m) => m.kind !== "received")).toHaveLength(1);
});

test(
  "a move on one instance is seen on the other, and 20 concurrent moves over both give one 200 and nineteen 409s",
  { tag: STORE_FREE },
  async ({ page }) => {
    const { status, body } = await apply({ fullName: "Race Card", email: `race-${Date.now()}@example.com` });
    expect(status).toBe(201);
    const request = await signIn(page, USERS.recruiter);
    const moved = await staff(request, "a").post(`/api/staff/applications/${body.id}/move`, {
      to: "initial_call",
      version: 1,
    });
    expect(moved.status()).toBe(200);
    const seen = await staff(request, "b").get(`/api/staff/applications/${body.id}`);
    expect(seen.headers()["x-served-by"]).toBe("b");
    expect(await seen.json()).toMatchObject({ stage: "initial_call", version: 2 });

    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff(request, i % 2 ? "a" : "b")
          .post(`/api/staff/applications/${body.id}/move`, {
            to: i % 4 < 2 ? "manager_meeting" : "decision",
            version: 2,
          })
          .then((r) => r.status()),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const events = await query<{ n: number }>(
      "select count(*)::int as n from application_events where application_id = $1 and kind = 'moved'",
      [body.id],
    );
    expect(events[0]!.n).toBe(2);
  },
);

test("200 concurrent applications over both instances lose none, each with its CV", async () => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const results = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      apply({ fullName: `Load ${i}`, email: `load-${i}-${stamp}@example.com` }, { withCv: i % 2 === 0 }),
    ),
  );
  expect(results.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
  expect(new Set(results.map((r) => r.servedBy))).toEqual(new Set(["a", "b"]));
  const ids = results.map((r) => r.body.id);
  const rows = await query<{ id: number; key: string | null }>(
    "select a.id::int as id, f.storage_key as key from applications a left join files f on f.application_id = a.id where a.id = any($1)",
    [ids],
  );
  expect(rows).toHaveLength(200);
  const withCv = rows.filter((r) => r.key);
  expect(withCv).toHaveLength(100);
  expect(await missingCvs(withCv.map((r) => r.key!))).toEqual([]);
});

test("a CV received by one instance downloads from the other, byte for byte", async ({ page }) => {
  const request = await signIn(page, USERS.recruiter);
  for (const [received, served] of [
    ["a", "b"],
    ["b", "a"],
  ] as const) {
    const sent = await apply(
      { fullName: `Carried ${received}`, email: `carried-${received}-${Date.now()}@example.com` },
      { via: received, withCv: true },
    );
    expect(sent).toMatchObject({ status: 201, servedBy: received });
    const res = await staff(request, served).get(`/api/staff/applications/${sent.body.id}/cv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["x-served-by"]).toBe(served);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment/);
    expect(Buffer.from(await res.body()).equals(pdfBytes())).toBe(true);
  }
});

test("the outbox sends each message once, whichever instance takes it", { tag: STORE_FREE }, async () => {
  test.setTimeout(120_000);
  await expect
    .poll(
      async () => (await query<{ n: number }>("select count(*)::int as n from outbox where status <> 'sent'"))[0]!.n,
      {
        message: "messages not yet sent",
        timeout: 90_000,
      },
    )
    .toBe(0);
  const sent = await query<{ n: number }>("select count(*)::int as n from outbox where status = 'sent'");
  expect(sent[0]!.n).toBeGreaterThanOrEqual(202);
  // Anything sent twice would arrive after the row was marked: give it a moment.
  await new Promise((r) => setTimeout(r, 4000));
  const received = inbox();
  expect(received).toHaveLength(sent[0]!.n);
  const ids = received.map((m) => m.messageId);
  expect(new Set(ids).size, "distinct Message-IDs").toBe(ids.length);
});

test("an edited posting shows the new text on both instances", { tag: STORE_FREE }, async ({ page }) => {
  const posting = (via: Instance) =>
    fetch(`${site}/jobs/cloud-engineer`, { headers: { "x-instance": via } }).then((r) => r.text());
  // Both instances have the posting rendered and cached before the edit.
  for (const via of ["a", "b"] as const) expect(await posting(via)).toContain("Cloud Engineer");
  await signIn(page, USERS.recruiter);
  const summary = `Edited on one instance at ${Date.now()}`;
  // The form's page and its save may reach different instances: the shared server actions key
  // lets either one run the action.
  await page.goto(`${site}/staff/jobs/cloud-engineer/edit`);
  const editor = new JobEditorPage(page);
  await editor.english.getByLabel(/^Summary/).fill(summary);
  await editor.save();
  await expect(page).toHaveURL(/\/staff\/jobs\/cloud-engineer\/edit\?saved=1$/);
  for (const via of ["a", "b"] as const) {
    await expect.poll(() => posting(via), { message: `the posting on ${via}`, timeout: 10_000 }).toContain(summary);
  }
});

test("a user deactivated on one instance is refused on the other at once", { tag: STORE_FREE }, async ({ browser }) => {
  const lockoutContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const user = await signIn(await lockoutContext.newPage(), USERS.lockout);
    expect((await staff(user, "b").get("/api/staff/me")).status()).toBe(200);
    const admin = await signIn(await adminContext.newPage(), USERS.admin);
    const me = (await (await staff(user, "a").get("/api/staff/me")).json()) as { id: number };
    const deactivated = await staff(admin, "a").patch(`/api/staff/users/${me.id}`, { active: false });
    expect(deactivated.status()).toBe(200);
    expect((await staff(user, "b").get("/api/staff/me")).status()).toBe(401);
  } finally {
    await lockoutContext.close();
    await adminContext.close();
  }
});

test("an instance killed mid-intake loses no accepted application; the other keeps serving", async () => {
  test.setTimeout(120_000);
  const accepted: number[] = [];
  /** What the surviving instance answered besides 201: only an honest 503 (the store refused). */
  const survivorRefusals: number[] = [];
  const stamp = Date.now();
  const sends = Array.from({ length: 200 }, (_, i) =>
    apply(
      { fullName: `Crash ${i}`, email: `crash-${i}-${stamp}@example.com` },
      { via: i % 2 ? "a" : "b", withCv: true },
    )
      .then((r) => {
        if (r.status === 201) accepted.push(r.body.id);
        else if (i % 2) survivorRefusals.push(r.status);
      })
      .catch(() => undefined),
  );
  while (accepted.length < 20) await new Promise((r) => setTimeout(r, 5));
  servers.b.kill("SIGKILL");
  await Promise.all(sends);
  // On disk the survivor takes all of its 100. A bucket on s3rver, sharing the two cores with both
  // instances and the browser, may refuse a few puts of this burst: the applicant then gets a 503
  // saying to try again, and nothing is stored (tests/integration/file-store-faults.test.ts).
  expect(survivorRefusals.filter((status) => status !== 503)).toEqual([]);
  expect(accepted.length).toBeGreaterThanOrEqual(ON_S3 ? 50 : 100);
  const rows = await query<{ id: number; key: string }>(
    // ::int, as node-postgres reads a bigint as a string unless told otherwise.
    "select a.id::int as id, f.storage_key as key from applications a join files f on f.application_id = a.id where a.id = any($1)",
    [accepted],
  );
  expect(rows.map((r) => r.id).sort((x, y) => x - y)).toEqual([...accepted].sort((x, y) => x - y));
  expect(await missingCvs(rows.map((r) => r.key))).toEqual([]);
  // The survivor still answers.
  expect((await apply({ fullName: "After", email: `after-${stamp}@example.com` }, { via: "a" })).status).toBe(201);
});
