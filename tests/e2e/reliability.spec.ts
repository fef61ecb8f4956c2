import Database from "better-sqlite3";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ExtraServer, pdfBytes } from "./support/server";
import { LoginPage } from "./pages/login-page";
import { USERS } from "./users";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function application(i: number): FormData {
  const form = new FormData();
  form.append("fullName", `Crash Test ${i}`);
  form.append("email", `crash-${i}-${Date.now()}@example.com`);
  form.append("country", "SE");
  form.append("privacyConsent", "true");
  form.append("cv", new File([new Uint8Array(pdfBytes())], `cv-${i}.pdf`, { type: "application/pdf" }));
  return form;
}

test("a server killed mid-intake loses no accepted application, and its restart clears every orphan file", async () => {
  test.setTimeout(180_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 50;
  const dir = path.resolve(".tmp", `crash-${port}`);
  rmSync(dir, { recursive: true, force: true });
  const server = new ExtraServer(port, dir);
  await server.start();

  const accepted: number[] = [];
  const sends = Array.from({ length: 200 }, (_, i) =>
    fetch(`${server.baseURL}/api/jobs/cloud-engineer/applications`, {
      method: "POST",
      body: application(i),
      headers: { accept: "application/json" },
    })
      .then(async (res) => {
        if (res.status === 201) accepted.push(((await res.json()) as { id: number }).id);
      })
      .catch(() => undefined),
  );
  // Kill once some have been accepted, while the rest are in flight.
  while (accepted.length < 20) await new Promise((r) => setTimeout(r, 5));
  server.kill("SIGKILL");
  await Promise.all(sends);
  expect(accepted.length).toBeGreaterThanOrEqual(20);
  expect(accepted.length).toBeLessThan(200);

  await server.start();
  const readRows = () => {
    const db = new Database(server.env.DATABASE_PATH, { readonly: true });
    const rows = db
      .prepare("select a.id, f.storage_key as key from applications a join files f on f.application_id = a.id")
      .all() as { id: number; key: string }[];
    db.close();
    return rows;
  };
  const cvRoot = path.join(server.env.UPLOAD_DIR, "cv");
  const unclaimed = () => {
    const claimed = new Set(readRows().map((r) => path.join(cvRoot, r.key)));
    return filesUnder(cvRoot).filter((f) => !claimed.has(f));
  };
  // The restarted server sweeps the upload folder once it listens (scripts/prepare.ts), soon after.
  await expect.poll(unclaimed, { message: "files no row claims", timeout: 20_000 }).toEqual([]);
  await expect
    .poll(() => filesUnder(path.join(server.env.UPLOAD_DIR, "tmp")), { message: "unfinished uploads", timeout: 5_000 })
    .toEqual([]);
  server.kill("SIGTERM");
  const rows = readRows();
  const byId = new Map(rows.map((r) => [r.id, r.key]));
  for (const id of accepted) {
    expect(byId.has(id), `accepted application ${id} has its row`).toBe(true);
    expect(existsSync(path.join(cvRoot, byId.get(id)!)), `accepted application ${id} has its CV`).toBe(true);
  }
  expect(
    rows.filter((r) => !existsSync(path.join(cvRoot, r.key))),
    "rows whose file is missing",
  ).toEqual([]);
});

test("twenty simultaneous moves of one card with the same version: one wins, nineteen get 409, one event", async ({
  page,
  request,
  baseURL,
}) => {
  const res = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Race Card",
      email: `race-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/race",
    },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);

  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      page.request
        .post(`/api/staff/applications/${id}/move`, {
          data: { to: i % 2 ? "initial_call" : "decision", version: 1 },
          headers: { origin: baseURL! },
        })
        .then((r) => r.status()),
    ),
  );
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  const db = new Database(path.resolve(".tmp", "e2e", "rekry.db"), { readonly: true });
  const moved = db
    .prepare("select count(*) as n from application_events where application_id = ? and kind = 'moved'")
    .get(id) as { n: number };
  db.close();
  expect(moved.n).toBe(1);
});

/** Every staff page on disk, as a URL with sample parameters. */
function staffPages(dir = path.resolve("app", "staff"), prefix = "/staff"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.replace(/^\[slug\]$/, "cloud-engineer").replace(/^\[\w+\]$/, "1");
      return staffPages(full, `${prefix}/${segment}`);
    }
    return name === "page.tsx" ? [prefix] : [];
  });
}

test("every staff page on disk sends a signed-out visitor to sign in", async ({ request }) => {
  const pages = staffPages();
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const url of pages) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(307);
    expect(res.headers().location, url).toContain(`/login?next=${encodeURIComponent(url)}`);
  }
});
