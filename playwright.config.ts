import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);

// One server actions key for every server the browser tests start (the suite's own, and the extra
// ones some tests run on SQLite or PostgreSQL): Next bakes the key into the build, so with one key
// one build serves them all (scripts/build-state.ts). A test key, never used elsewhere.
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= "cmVrcnktZTJlLXRlc3Qta2V5LW5vdC1mb3ItdXNlISE=";

/**
 * `npm run test:e2e:pg` (E2E_DB=pg): the browser tests of the candidate's and the team's main paths
 * (applying, the board's moves, interviews and scorecards, the status page's withdraw and erase)
 * again, on a server on PostgreSQL. The rest read SQLite's file or test one server's own
 * behaviour; tests/e2e/multi-instance.spec.ts runs two servers on PostgreSQL in the main run
 * with one shared upload folder, and again here with the CVs in one S3 bucket.
 */
const ON_POSTGRES = process.env.E2E_DB === "pg";
const POSTGRES_SUBSET = [
  "apply.spec.ts",
  "board.spec.ts",
  "interviews.spec.ts",
  "status.spec.ts",
  "multi-instance.spec.ts",
];

export default defineConfig({
  testDir: "tests/e2e",
  // Tests tagged @store-free (tests/e2e/multi-instance.spec.ts) check the same on disk and on S3:
  // the main run has them.
  ...(ON_POSTGRES ? { testMatch: POSTGRES_SUBSET, grepInvert: /@store-free/ } : {}),
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // A sign-in hashes a password (scrypt) and a first page render compiles nothing but still waits
  // on a shared two-core machine: assertions wait up to 10 s, not Playwright's 5, for the page to
  // get there (a run beside other work failed 20 tests at "Signing in..." after 5 s).
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    // 127.0.0.1 rather than localhost, so the browser and API requests share one client address.
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The production build on a fresh, throw-away data folder.
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The suite's accounts sign in with a password alone; the second factor's journey runs on a
    // server of its own with the default MFA_REQUIRED=admin (tests/e2e/second-factor.spec.ts).
    env: {
      PORT: String(PORT),
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      MFA_REQUIRED: "off",
      // tests/e2e/integrations.spec.ts sends webhooks to a receiver of its own on loopback.
      WEBHOOKS_ALLOW_HTTP: "true",
      WEBHOOKS_ALLOW_PRIVATE: "true",
      // tests/e2e/scheduling-account.spec.ts serves a calendar feed on loopback.
      CALENDAR_ALLOW_PRIVATE: "true",
    },
  },
});
