import { expect, test } from "@playwright/test";
import { BoardPage, createApplication, uniqueName } from "./pages/board-page";
import { ApplicationPage } from "./pages/application-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

test("a move and a rejection are undone from the application page within seconds, a stale undo says where it is now, and the board undoes a move", async ({
  page,
  baseURL,
}, testInfo) => {
  test.slow();
  const board = new BoardPage(page);
  await board.signIn(USERS.recruiter);
  const name = uniqueName("Undo");
  const id = await createApplication(page.request, name);
  const app = new ApplicationPage(page);
  await app.goto(id);
  const moves = page.locator(".application-moves");
  const offer = moves.locator(".undo-offer");
  const stage = page.locator(".stage-badge");
  const events = page.getByRole("list", { name: "Events, newest first" });

  // A move: the page says so and offers Undo; Undo takes it back and the log says it was an undo.
  await moves.getByRole("button", { name: /^Move to/ }).click();
  await page.getByRole("menuitem", { name: "Initial call", exact: true }).click();
  await expect(offer).toContainText(`Moved ${name} to Initial call.`);
  await expect(stage).toHaveText("Stage: Initial call");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "undo-offer");
  await offer.getByRole("button", { name: "Undo" }).click();
  await expect(moves.getByRole("status")).toHaveText(`Undone: ${name} is back in Applied.`);
  await expect(stage).toHaveText("Stage: Applied");
  await expect(events).toContainText(
    "Moved from Initial call to Applied (undo; the queued email to the candidate was not sent)",
  );

  // A rejection: its email waits; Undo reopens the application and the email is never sent.
  await moves.getByRole("button", { name: "Reject…" }).click();
  const dialog = page.getByRole("dialog", { name: `Reject ${name}` });
  await dialog.getByLabel("Reason").selectOption("must_haves");
  await dialog
    .getByLabel("Feedback for the candidate")
    .fill("Thank you; we need deeper Ceph experience for this role.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(offer).toContainText(
    "The email with your feedback goes to the candidate in 10 seconds, unless you undo.",
  );
  await expect(stage).toContainText("Rejected");
  await offer.getByRole("button", { name: "Undo" }).click();
  await expect(moves.getByRole("status")).toHaveText(`Undone: ${name} is back in Applied.`);
  await expect(stage).toHaveText("Stage: Applied");
  await expect(events).toContainText("Reopened in Applied (undo; the queued email to the candidate was not sent)");

  // A stale undo: the application moved on meanwhile (here through the API); the 409 is said plainly.
  await moves.getByRole("button", { name: /^Move to/ }).click();
  await page.getByRole("menuitem", { name: "Initial call", exact: true }).click();
  await expect(offer).toContainText(`Moved ${name} to Initial call.`);
  const current = (await (await page.request.get(`/api/staff/applications/${id}`)).json()) as { version: number };
  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: current.version },
    headers: { origin: baseURL! },
  });
  expect(moved.status()).toBe(200);
  await offer.getByRole("button", { name: "Undo" }).click();
  await expect(moves.getByRole("alert")).toHaveText(
    "This application was changed meanwhile: it is now in Technical interviews. Nothing was changed; the page now shows where it is.",
  );
  await expect(stage).toHaveText("Stage: Technical interviews");

  // The board: a card moved with Move to comes back with Undo.
  const other = uniqueName("Board");
  await createApplication(page.request, other);
  await board.goto();
  await board.menuButton(other).click();
  await page.getByRole("menuitem", { name: "Initial call", exact: true }).click();
  await expect(board.card(other, "Initial call")).toBeVisible();
  const boardOffer = page.locator(".undo-offer");
  await expect(boardOffer).toContainText(`Moved ${other} to Initial call.`);
  await boardOffer.getByRole("button", { name: "Undo" }).click();
  await expect(board.card(other, "Applied")).toBeVisible();
  await expect(board.card(other, "Initial call")).toHaveCount(0);
  await page.reload();
  await board.waitForHydration();
  await expect(board.card(other, "Applied")).toBeVisible();
});
