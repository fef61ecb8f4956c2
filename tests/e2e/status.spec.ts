import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

async function applyVia(request: import("@playwright/test").APIRequestContext, locale: "en" | "sv") {
  const res = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Greta Status",
      email: `status-${locale}-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/greta",
      locale,
    },
  });
  expect(res.status()).toBe(201);
  return new URL(((await res.json()) as { statusUrl: string }).statusUrl).pathname;
}

test("in Swedish, the status page shows the step and what comes next, and withdrawing asks first", async ({
  page,
  request,
}, testInfo) => {
  const path = await applyVia(request, "sv");
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { name: "Ansökan till Cloud Engineer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vad händer nu" })).toBeVisible();
  // The wording follows the step's kind (screening here), whatever the step is called.
  await expect(page.getByText("Du behöver inte göra något just nu: vi läser varje ansökan")).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toHaveText("Ansökan mottagen");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("status-sv.png"), fullPage: true });

  await page.getByRole("link", { name: "Dra tillbaka min ansökan" }).click();
  await expect(page.getByRole("heading", { name: "Dra tillbaka ansökan?" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, dra tillbaka min ansökan" }).click();
  await expect(page.getByRole("status")).toHaveText("Din ansökan har dragits tillbaka.");
  await expect(page.getByRole("link", { name: "Dra tillbaka min ansökan" })).toHaveCount(0);
});

test("in English, erasing without JavaScript asks for confirmation and then says the data is erased", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  const path = await applyVia(request, "en");
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  const download = await request.get(
    (await page.getByRole("link", { name: "Download my data" }).getAttribute("href")) as string,
  );
  expect(((await download.json()) as { you: { fullName: string } }).you.fullName).toBe("Greta Status");

  await page.getByRole("link", { name: "Erase my data" }).click();
  await expect(page.getByRole("heading", { name: "Erase your data?" })).toBeVisible();
  await page.getByLabel("I understand that my data cannot be recovered.").check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByRole("status")).toHaveText("Your data has been erased.");
  await expect(page.getByText("The data of this application has been erased at your request.")).toBeVisible();
  await expect(page.getByText("Greta")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("status-erased.png"), fullPage: true });
  await context.close();
});
