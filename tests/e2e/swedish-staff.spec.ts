import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { addStaffUser, chooseSwedish, signedIn, swedishUser, widthChecks } from "./support/swedish";
import { uniqueName } from "./pages/board-page";
import { USERS } from "./users";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

const atBothWidths = widthChecks("swedish");

test("a staff user who picks Swedish gets the board, the application and the scorecard in Swedish", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Four pages, each at two widths with axe: longer than the default.
  test.setTimeout(300_000);
  const origin = baseURL!;
  // A user of its own, so the language choice cannot leak into other specs' English pages.
  const admin = await signedIn(browser, USERS.admin.email, USERS.admin.password);
  const email = `sven-${Date.now()}@e2e.test`;
  const created = await admin.request.post("/api/staff/users", {
    data: { name: "Sven Svensson", email, role: "recruiter" },
    headers: { origin },
  });
  expect(created.status()).toBe(201);
  const { password } = (await created.json()) as { password: string };

  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Maja Berg",
      email: `maja-${Date.now()}@example.com`,
      country: "SE",
      note: "Jag driver Kubernetes-kluster.",
      privacyConsent: "true",
      cv: { name: "maja.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };

  // An English browser and no choice yet: English, as before.
  const page = await signedIn(browser, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await chooseSwedish(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(
    page.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Tjänster" }),
  ).toBeVisible();
  await atBothWidths(page, "account", testInfo);

  await page.goto("/staff/jobs/cloud-engineer");
  await expect(page.getByRole("heading", { level: 1, name: /^Tavla: / })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filtrera tavlan" })).toBeVisible();
  await expect(page.getByText(/\d+ dag(ar)? i steget/).first()).toBeVisible();
  await atBothWidths(page, "board", testInfo);

  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status()).toBe(200);
  const planned = await page.request.post(`/api/staff/applications/${id}/interviews`, {
    data: { kind: "system_design", interviewers: [email], startsAt: new Date(Date.now() - 86_400_000).toISOString() },
    headers: { origin },
  });
  expect(planned.status()).toBe(201);
  const { id: interviewId } = (await planned.json()) as { id: number };

  await page.goto(`/staff/applications/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Maja Berg" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kandidat", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Anteckningar" })).toBeVisible();
  await expect(page.getByText("Steg: ")).toBeVisible();
  await atBothWidths(page, "application", testInfo);

  await page.goto(`/staff/interviews/${interviewId}`);
  await expect(page.getByRole("heading", { name: "Din bedömning" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page
    .getByRole("radiogroup", { name: "Samlad rekommendation" })
    .getByRole("radio", { name: "Ja", exact: true })
    .check();
  await expect(page.getByText(/Utkastet sparades \d\d:\d\d\./)).toBeVisible();
  await atBothWidths(page, "scorecard", testInfo);
});

test("without a choice, a Swedish browser gets the staff pages in Swedish", async ({ browser }) => {
  const page = await signedIn(browser, USERS.manager.email, USERS.manager.password, "sv-SE");
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();
  await expect(page.getByLabel("Språk för personalsidorna och dina mejl")).toHaveValue("");
});

test("a Swedish recruiter's board says a card's scheduling state, its other applications and the outcome lanes in Swedish", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Two browsers, a merge, and one board at two widths with axe.
  test.setTimeout(180_000);
  const origin = baseURL!;
  // The same person twice (same name and phone, another email): a possible duplicate to merge.
  const name = uniqueName("Bodil");
  const apply = async () => {
    const res = await request.post("/api/jobs/cloud-engineer/applications", {
      multipart: {
        fullName: name,
        email: `bodil-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
        phone: "+46 70-765 43 21",
        country: "SE",
        portfolioUrl: "https://portfolio.example",
        privacyConsent: "true",
        locale: "sv",
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const first = await apply();
  await apply();

  // An English recruiter sends a scheduling link and merges the two records.
  const recruiter = await signedIn(browser, USERS.recruiter.email, USERS.recruiter.password);
  const moved = await recruiter.request.post(`/api/staff/applications/${first}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status()).toBe(200);
  const link = await recruiter.request.post(`/api/staff/applications/${first}/scheduling-requests`, {
    data: { kind: "technical", interviewers: [USERS.manager.email] },
    headers: { origin },
  });
  expect(link.status(), await link.text()).toBe(201);
  await recruiter.goto(`/staff/applications/${first}`);
  const panel = recruiter.getByRole("region", { name: "One person across jobs" });
  await panel.getByRole("button", { name: "Merge into this record" }).click();
  await expect(panel.getByRole("status")).toContainText("into this record");
  const board = `/staff/jobs/cloud-engineer?column=technical_interviews&q=${encodeURIComponent(name)}`;
  // In English the words are the ones they always were.
  await recruiter.goto(board);
  // The card with the link (the merged twin waits in Applied, with its own "also applied" line).
  const englishCard = recruiter.locator("article.board-card", {
    hasText: name,
    has: recruiter.locator(".card-scheduling"),
  });
  await expect(englishCard.locator(".card-scheduling")).toHaveText("Scheduling link sent");
  await expect(englishCard.locator(".also-applied")).toHaveText("Also applied to 1 other job");
  await expect(recruiter.locator(".outcomes summary h2 > span:first-child")).toHaveText([
    "Hired",
    "Rejected",
    "Withdrawn",
  ]);
  await recruiter.context().close();

  const admin = await signedIn(browser, USERS.admin.email, USERS.admin.password);
  const sune = await addStaffUser(admin, origin, "Sune Svensson", "recruiter");
  await admin.context().close();
  const page = await swedishUser(browser, sune.email, sune.password);
  await page.goto(board);
  const card = page.locator("article.board-card", { hasText: name, has: page.locator(".card-scheduling") });
  await expect(card.locator(".card-scheduling")).toHaveText("Bokningslänk skickad");
  await expect(card.locator(".also-applied")).toHaveText("Har också sökt 1 annan tjänst");
  await expect(card.getByText(/\d+ dag(ar)? i steget/)).toBeVisible();
  await expect(page.locator(".outcomes summary h2 > span:first-child")).toHaveText([
    "Anställd",
    "Avslagen",
    "Tillbakadragen",
  ]);
  await atBothWidths(page, "board-card", testInfo);
  await page.context().close();
});
