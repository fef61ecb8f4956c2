import { expect, test } from "@playwright/test";

const DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function scriptSrc(csp: string): string {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

test("every page sends the security headers", async ({ request }) => {
  for (const path of [
    "/",
    "/jobs/cloud-engineer",
    "/sv/jobs/cloud-engineer/apply",
    "/login",
    "/login/refused?reason=no_account",
    "/status/unknown-token",
    "/api/health",
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const headers = res.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["referrer-policy"], path).toMatch(/strict-origin-when-cross-origin|no-referrer/);
    if (!path.startsWith("/api/"))
      for (const d of DIRECTIVES) expect(headers["content-security-policy"], path).toContain(d);
  }
});

test("pages showing what people typed run only scripts with this request's nonce", async ({ request }) => {
  for (const path of ["/login", "/login/refused?error=Configuration", "/status/unknown-token"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
    expect(nonce, path).toBeTruthy();
    expect(scriptSrc(csp)).toContain("'strict-dynamic'");
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("the prerendered posting keeps a static policy and stays cached", async ({ request }) => {
  await request.get("/jobs/cloud-engineer");
  const res = await request.get("/jobs/cloud-engineer");
  expect(scriptSrc(res.headers()["content-security-policy"]!)).not.toContain("nonce-");
  expect(res.headers()["x-nextjs-cache"]).toBe("HIT");
});

test("the status page is kept out of search engines and referrers", async ({ request }) => {
  const res = await request.get("/status/unknown-token");
  expect(res.headers()["referrer-policy"]).toBe("no-referrer");
  expect(res.headers()["x-robots-tag"]).toContain("noindex");
});

test("the intake, answered by the production server before Next, sends the same headers as every page", async ({
  request,
}) => {
  const accepted = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Hedda Headers",
      email: `headers-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/hedda",
    },
  });
  const refused = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: { fullName: "Hedda Headers", country: "SE" },
  });
  const refusedPage = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: { fullName: "Hedda Headers", country: "SE" },
    headers: { accept: "text/html" },
  });
  expect(accepted.status()).toBe(201);
  expect(accepted.headers()["set-cookie"]).toContain("HttpOnly");
  expect(((await accepted.json()) as { statusUrl: string }).statusUrl).toMatch(/\/status\/[A-Za-z0-9_-]+$/);
  expect(refused.status()).toBe(400);
  expect(refusedPage.status()).toBe(400);
  expect(refusedPage.headers()["content-security-policy"]).toContain("script-src 'none'");
  for (const res of [accepted, refused, refusedPage]) {
    const headers = res.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cache-control"]).toBe("no-store");
  }
});
