import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ExtraServer } from "./support/server";
import { LoginPage } from "./pages/login-page";

/** The processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

test("npm start serves from one plain node process on compiled JavaScript, under 150 MB when idle", async () => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 60;
  const dir = path.resolve(".tmp", `plain-node-${port}`);
  rmSync(dir, { recursive: true, force: true });
  const server = new ExtraServer(port, dir);
  await server.start();
  try {
    const pid = server.pid!;
    expect(commandLine(pid), "the serving process's command line").not.toMatch(/tsx|loader|\.ts\b/);
    expect(childrenOf(pid), "processes the server started").toEqual([]);
    const health = await fetch(`${server.baseURL}/api/health`);
    expect(health.status).toBe(200);
    // Idle: what is resident once start-up work (migrations, the upload sweep) is over.
    await new Promise((r) => setTimeout(r, 3000));
    expect(residentMb(pid), "resident memory in MB").toBeLessThan(150);
  } finally {
    server.kill("SIGTERM");
  }
});

test("behind a proxy that ends TLS, a form's redirect is followed on the server, with no error", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 61;
  const dir = path.resolve(".tmp", `behind-tls-${port}`);
  rmSync(dir, { recursive: true, force: true });
  const log = path.join(dir, "server.log");
  const server = new ExtraServer(port, dir, log, { ADMIN_EMAIL: "tls-admin@example.com" });
  await server.start();
  try {
    const password = /password: (\S+)/.exec(readFileSync(log, "utf8"))![1]!;
    // As nginx forwards a request that arrived over https.
    const context = await browser.newContext({
      baseURL: server.baseURL,
      extraHTTPHeaders: { "x-forwarded-proto": "https" },
    });
    const page = await context.newPage();
    await page.goto("/login");
    const signedIn = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/login"));
    await new LoginPage(page).signIn("tls-admin@example.com", password);
    const answer = await signedIn;
    // The sign-in action's redirect to /staff came back with that page's payload in the same answer.
    expect(answer.headers()["x-action-redirect"]).toMatch(/^\/staff;/);
    expect(answer.headers()["content-type"]).toContain("text/x-component");
    await expect(page).toHaveURL(/\/staff$/);
    await context.close();
    expect(readFileSync(log, "utf8")).not.toContain("failed to get redirect response");
  } finally {
    server.kill("SIGTERM");
  }
});
