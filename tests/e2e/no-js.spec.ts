import { expect, test } from "@playwright/test";
import { applicant, ApplyPage } from "./pages/apply-page";
import { ConfirmationPage } from "./pages/confirmation-page";

test.use({ javaScriptEnabled: false });

const isIntake = (url: string) => url.endsWith("/api/jobs/cloud-engineer/applications");

test("without JavaScript, applying with a PDF lands on the confirmation page", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.goto();
  await form.fill(applicant({ fullName: "Linus Torvalds" }));
  const [response] = await Promise.all([page.waitForResponse((r) => isIntake(r.url())), form.submit()]);

  expect(response.status()).toBe(303);
  const confirmation = new ConfirmationPage(page);
  await expect(page).toHaveURL(confirmation.path);
  await expect(confirmation.heading).toHaveText("Thank you, Linus!");
  await expect(confirmation.openStatusButton).toBeVisible();
});

test("without JavaScript, a refused application shows an error page with the message", async ({ page }) => {
  const form = new ApplyPage(page);
  await form.goto();
  await form.fill(applicant({ country: "US" }));
  const [response] = await Promise.all([page.waitForResponse((r) => isIntake(r.url())), form.submit()]);

  expect(response.status()).toBe(400);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Country of residence:");
  await expect(alert).toContainText("This role is open to people living in the EU");
  await expect(alert).toContainText("United States");
  await page.getByRole("link", { name: "Back to the application form" }).click();
  await expect(page).toHaveURL(form.path);
});
