import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startSmtp, type Smtp } from "../helpers/smtp";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { ExtraServer } from "./support/server";
import { USERS } from "./users";

/**
 * /staff/messages on a server of its own that delivers through a real SMTP server on loopback,
 * so "send me a test" can be read where it arrives.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 70;
const dataDir = path.resolve(".tmp", `messages-${PORT}`);
let server: ExtraServer;
let smtp: Smtp;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  smtp = await startSmtp();
  rmSync(dataDir, { recursive: true, force: true });
  const setup = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/e2e/support/sqlite-setup.ts"], {
    // lib/ marks its server modules "server-only", which resolves to nothing under this condition.
    env: { ...process.env, DATABASE_PATH: path.join(dataDir, "rekry.db"), NODE_OPTIONS: "--conditions=react-server" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(setup.status, setup.stderr).toBe(0);
  server = new ExtraServer(PORT, dataDir, path.join(dataDir, "server.log"), { SMTP_URL: smtp.url });
  await server.start();
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
});

/** The HTML part as sent (quoted-printable), decoded enough to read. */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

test("a recruiter rewords the Swedish rejection: an unknown variable is named, the preview follows, a test arrives by SMTP, and reset restores the built-in text", async ({
  page,
}, testInfo) => {
  test.slow();
  await page.goto(`${server.baseURL}/login`);
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Messages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages to candidates");
  await page.getByLabel("Which message").selectOption({ label: "Rejection (Swedish)" });
  const subject = page.getByLabel("Subject");
  const body = page.getByLabel("Message", { exact: true });
  await expect(subject).toHaveValue("Din ansökan till {{jobTitle}}");
  await expect(page.getByText("Now sent with the built-in text.")).toBeVisible();

  await body.fill("Hej {{fornamn}}!\n\n{{feedback}}");
  await expect(page.getByText("Unknown variable {{fornamn}}.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();

  await body.fill("Hej {{firstName}}, <b>tack</b> för din tid.\n\n{{feedback}}\n\nVideo: {{videoLink}}");
  await expect(page.getByText("{{videoLink}} is not available in this message.")).toBeVisible();
  await body.fill(
    "Hej {{firstName}}, <b>tack</b> för din tid.\n\n{{feedback}}\n\nVänliga hälsningar,\n{{companyName}}",
  );
  await subject.fill("Om din ansökan till {{jobTitle}}");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByTestId("preview-subject")).toHaveText("Om din ansökan till Exempeltjänst");
  await expect(preview.getByTestId("preview-body")).toContainText("Hej Alex, <b>tack</b> för din tid.");
  await expect(preview.getByTestId("preview-body")).toContainText("mer praktisk Kubernetes");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "messages-editor");

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. New messages use this wording.");
  await page.reload();
  await page.getByLabel("Which message").selectOption({ label: "Rejection (Swedish)" });
  await expect(page.getByText("Now sent with the organisation's wording.")).toBeVisible();
  await expect(page.getByLabel("Subject")).toHaveValue("Om din ansökan till {{jobTitle}}");

  await page.getByRole("button", { name: "Send me a test" }).click();
  await expect(page.getByRole("status")).toHaveText(`A test is on its way to ${USERS.recruiter.email}.`);
  await expect.poll(() => smtp.inbox.filter((m) => m.to === USERS.recruiter.email).length, { timeout: 20_000 }).toBe(1);
  const mail = smtp.inbox.find((m) => m.to === USERS.recruiter.email)!;
  expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?|^Subject: \[Test\] Om din ans/m);
  expect(decoded(mail.raw)).toContain("Hej Alex, &#60;b&#62;tack&#60;/b&#62; för din tid.");
  expect(decoded(mail.raw)).not.toContain("<b>tack</b> för din tid.</p>");

  await page.getByRole("button", { name: "Reset to default" }).click();
  await expect(page.getByRole("status")).toHaveText("Reset: the default wording applies again.");
  await expect(page.getByLabel("Subject")).toHaveValue("Din ansökan till {{jobTitle}}");
  await expect(page.getByText("Now sent with the built-in text.")).toBeVisible();
});
