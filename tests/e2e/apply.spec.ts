import { expect, test } from "@playwright/test";
import { applicant, ApplyPage, CV_PDF, uniqueEmail } from "./pages/apply-page";
import { ConfirmationPage, STATUS_URL } from "./pages/confirmation-page";
import { StatusPage } from "./pages/status-page";
import { tabTo } from "./support/keyboard";

test.beforeEach(async ({ page }) => {
  const form = new ApplyPage(page);
  await form.goto();
  await form.waitForHydration();
});

test("applying with a PDF CV confirms and gives a status link that opens the status page", async ({
  page,
  baseURL,
}) => {
  const form = new ApplyPage(page);
  await form.fill(applicant({ fullName: "Ada Lovelace" }));
  await form.submit();

  const confirmation = new ConfirmationPage(page);
  await expect(page).toHaveURL(confirmation.path);
  await expect(confirmation.heading).toHaveText("Thank you, Ada!");
  await expect(confirmation.statusLink).toHaveText(STATUS_URL);
  const statusUrl = (await confirmation.statusLink.textContent())!;
  expect(statusUrl.startsWith(`${baseURL}/status/`)).toBe(true);
  await expect(confirmation.openStatusButton).toHaveAttribute("href", new URL(statusUrl).pathname);

  await confirmation.openStatusButton.click();
  await expect(page).toHaveURL(statusUrl);
  const status = new StatusPage(page);
  await expect(status.heading).toHaveText("Application for Cloud Engineer");
  await expect(status.currentStep).toHaveText("Application received");
  await expect(status.progress).toHaveCount(6);
  await expect(status.currentProgressItem).toHaveText("Application received");
});

test("sending the empty form lists the problems and marks each invalid field", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.submit();

  await expect(form.errorSummary).toHaveAttribute("role", "alert");
  await expect(form.errorSummary.getByRole("heading")).toHaveText("5 things need your attention:");
  await expect(form.errorSummary.getByRole("link", { name: "Full name" })).toHaveAttribute("href", "#f-fullName");
  for (const field of [form.fullName, form.email, form.country, form.cv, form.privacyConsent]) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
  }
  await expect(form.errorFor("fullName")).toHaveText("Please fill this in.");
  await expect(form.fullName).toHaveAccessibleDescription(/Please fill this in\./);
});

test("sending the empty form moves focus to Full name, the first invalid field", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.submit();
  await expect(form.errorSummary).toBeVisible();
  await expect(form.fullName).toBeFocused({ timeout: 2000 });
});

test("choosing a country outside the EU explains kindly that the role is for EU residents", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.fill(applicant({ country: "US" }));
  await form.submit();

  await expect(form.country).toHaveAttribute("aria-invalid", "true");
  await expect(form.errorFor("country")).toHaveText(
    "Thank you for your interest! This role is open to people living in the EU, so we can't consider applications from United States this time.",
  );
  await expect(form.country).toHaveAccessibleDescription(/can't consider applications from United States/);
  await expect(page).toHaveURL(form.path);
});

test("a text file named cv.pdf is refused by the server, with its message at the CV field", async ({ page }) => {
  const form = new ApplyPage(page);
  const fake = { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some text, not a PDF.\n") };
  await form.fill(applicant({ cv: fake }));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/jobs/cloud-engineer/applications")),
    form.submit(),
  ]);

  expect(response.status()).toBe(415);
  await expect(form.errorFor("cv")).toContainText("doesn't look like a PDF");
  await expect(form.cv).toHaveAttribute("aria-invalid", "true");
  await expect(form.cv).toHaveAccessibleDescription(/doesn't look like a PDF/);
  await expect(form.cv).toBeFocused();
});

test("applying twice with the same email reaches the same confirmation, telling the caller nothing", async ({
  page,
}) => {
  const form = new ApplyPage(page);
  const person = applicant();
  for (let i = 0; i < 2; i++) {
    await form.goto();
    await form.waitForHydration();
    await form.fill(person);
    await form.submit();
    await expect(page).toHaveURL(new ConfirmationPage(page).path);
  }
});

test("a failure for the whole form (the connection drops) moves focus to the error summary", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.goto();
  await form.waitForHydration();
  await form.fill(applicant());
  // The network goes away as the form is sent: no field is at fault, so the summary takes focus.
  await page.route("**/api/jobs/*/applications", (route) => route.abort("internetdisconnected"));
  await form.submit();
  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary).toBeFocused({ timeout: 2000 });
});

test("the form can be filled in and sent with the keyboard alone", async ({ page }) => {
  const form = new ApplyPage(page);
  await tabTo(page, form.fullName);
  await page.keyboard.type("Grace Hopper");
  await tabTo(page, form.email);
  await page.keyboard.type(uniqueEmail());
  await tabTo(page, form.country);
  await page.keyboard.type("Sweden");
  await expect(form.country).toHaveValue("SE");
  await tabTo(page, form.cv);
  // Space opens the file chooser; the operating system's dialog is the one thing simulated.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles(CV_PDF);
  await tabTo(page, form.privacyConsent);
  await page.keyboard.press("Space");
  await expect(form.privacyConsent).toBeChecked();
  await tabTo(page, form.submitButton);
  await page.keyboard.press("Enter");

  const confirmation = new ConfirmationPage(page);
  await expect(page).toHaveURL(confirmation.path);
  await expect(confirmation.heading).toHaveText("Thank you, Grace!");
});

test("with the keyboard alone, an application with a profile link instead of a CV is accepted", async ({ page }) => {
  const form = new ApplyPage(page);
  await tabTo(page, form.fullName);
  await page.keyboard.type("Katherine Johnson");
  await tabTo(page, form.email);
  await page.keyboard.type(uniqueEmail());
  await tabTo(page, form.country);
  await page.keyboard.type("Sweden");
  await tabTo(page, form.linkedinUrl);
  await page.keyboard.type("https://www.linkedin.com/in/katherine-johnson");
  await tabTo(page, form.privacyConsent);
  await page.keyboard.press("Space");
  await tabTo(page, form.submitButton);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new ConfirmationPage(page).path);
});

test("a name in another script is shown back exactly on the confirmation", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.fill(applicant({ fullName: "王芳" }));
  await form.submit();

  const confirmation = new ConfirmationPage(page);
  await expect(page).toHaveURL(confirmation.path);
  await expect(confirmation.heading).toHaveText("Thank you, 王芳!");
});

test("in Swedish, the form's own checks speak Swedish: the summary's count, each field, and the country it names", async ({
  page,
}) => {
  // The browser gets these words from the server (lib/i18n/apply.ts applyFormText), not a catalog.
  const form = new ApplyPage(page, "sv");
  await form.goto();
  await form.waitForHydration();
  await page.getByRole("button", { name: "Skicka ansökan" }).click();
  await expect(form.errorSummary.getByRole("heading")).toHaveText("5 saker behöver åtgärdas:");
  await expect(form.errorFor("fullName")).toHaveText("Fyll i det här fältet.");

  await page.locator("#f-country").selectOption("US");
  await expect(form.errorFor("country")).toHaveText(
    /^Tack för ditt intresse! Rollen är öppen för dig som bor inom EU, så vi kan tyvärr inte ta emot ansökningar från USA den här gången\.$/,
  );
});
