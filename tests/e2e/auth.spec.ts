import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { USERS } from "./users";

test("a signed-out visitor is sent to sign in, lands on the page they asked for, and is refused after signing out", async ({
  page,
}, testInfo) => {
  await page.goto("/staff/users");
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Fusers$/);
  await page.screenshot({ path: testInfo.outputPath("login.png"), fullPage: true });

  const login = new LoginPage(page);
  await login.signIn(USERS.admin.email, "not the password");
  await login.expectMessage("Wrong email or password.");

  await login.signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff\/users$/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await expect(page.locator(".staff-header")).toContainText(USERS.admin.name);
  await expect(page.locator(".staff-header")).toContainText("Admin");
  await page.screenshot({ path: testInfo.outputPath("staff-users.png"), fullPage: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff$/);
  expect((await page.request.get("/api/staff/me")).status()).toBe(401);
});

test("an admin adds a recruiter, who then sees the jobs but not user administration", async ({ page, browser }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/users");
  const email = `new-${Date.now()}@e2e.test`;
  await page.getByLabel("Name", { exact: true }).fill("Nora New");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await page.getByRole("button", { name: "Add user" }).click();
  const secret = page.locator(".secret");
  await expect(secret).toBeVisible();
  const password = (await secret.textContent())!.trim();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  const other = await browser.newContext();
  const recruiterPage = await other.newPage();
  await recruiterPage.goto("/login");
  await new LoginPage(recruiterPage).signIn(email, password);
  await expect(recruiterPage).toHaveURL(/\/staff$/);
  await expect(recruiterPage.getByRole("link", { name: "Users" })).toHaveCount(0);
  await recruiterPage.goto("/staff/users");
  await expect(recruiterPage.getByRole("heading", { name: "No access" })).toBeVisible();
  expect((await recruiterPage.request.get("/api/staff/users")).status()).toBe(403);
  await other.close();
});

test("a hiring manager sees no applications until assigned to one", async ({ page }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText(/You see the applications you are assigned to interview/)).toBeVisible();
  await expect(page.getByRole("link", { name: "My interviews" }).first()).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the session cookie is HttpOnly, SameSite=Lax and renewed on each staff request", async ({ page }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const response = await page.request.get("/staff");
  expect(response.headers()["set-cookie"] ?? "").toMatch(/authjs\.session-token=/);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sign-in attempts through Auth.js's own callback route, as a script would make them. */
function callbackAttempts(api: APIRequestContext, email: string) {
  return async (password: string) => {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return api.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  };
}

/** Eight wrong passwords that are actually checked; after the fifth each must wait 1 s, 2 s, 4 s. */
async function throttle(api: APIRequestContext, email: string): Promise<void> {
  const attempt = callbackAttempts(api, email);
  for (let checked = 0; checked < 8;) {
    const location = (await attempt("wrong password")).headers().location ?? "";
    if (location.includes("code=locked")) await sleep(500);
    else {
      expect(location).toContain("error=CredentialsSignin");
      checked++;
    }
  }
}

test("Auth.js's own credentials callback is held to the same throttle", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const api = await request.newContext({ baseURL });
  await throttle(api, USERS.lockout.email);
  // The next attempt must wait 8 seconds: the right password now gets no session either.
  const locked = await callbackAttempts(api, USERS.lockout.email)(USERS.lockout.password);
  expect(locked.headers().location ?? "").toContain("code=locked");
  expect(locked.headers()["set-cookie"] ?? "").not.toMatch(/authjs\.session-token=[^;]/);
  expect((await api.get("/api/staff/me")).status()).toBe(401);
  await api.dispose();
});

test("the login page says how long a throttled account must wait, and lets the right password in after it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await page.goto("/login");
  const login = new LoginPage(page);
  await login.signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);
  const email = `throttled-${Date.now()}@e2e.test`;
  const created = await page.request.post("/api/staff/users", {
    data: { name: "Tina Throttled", email, role: "recruiter" },
    headers: { origin: baseURL! },
  });
  expect(created.status()).toBe(201);
  const { password } = (await created.json()) as { password: string };
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const api = await request.newContext({ baseURL });
  await throttle(api, email);
  await api.dispose();
  await login.signIn(email, password);
  await login.expectMessage(/Too many attempts, try again in \d+ seconds?\./);
  await expect(page).toHaveURL(/\/login/);
  const seconds = Number((await page.locator(".error-summary").textContent())!.match(/in (\d+) second/)![1]);
  expect(seconds).toBeLessThanOrEqual(8);

  await sleep(seconds * 1000 + 500);
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/staff$/);
});
