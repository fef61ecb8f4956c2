import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { PostgresDatabase } from "@/db";
import { verifyPassword } from "@/lib/auth/password";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

function run(args: string[], stdin: string) {
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/user.ts", ...args], {
    input: stdin,
    encoding: "utf8",
    // The script opens the configured database: this test's PostgreSQL one in the PostgreSQL run.
    env: {
      ...process.env,
      DATABASE_PATH: process.env.DATABASE_PATH,
      ...(onPostgres ? { DATABASE_URL: (t.db as unknown as PostgresDatabase).url } : {}),
    },
    timeout: 60_000,
  });
}

describe("npm run user:add / user:passwd (on the configured database)", () => {
  it("adds a user with the password read from standard input", async () => {
    const result = run(
      ["add", "--email", "Cli@Example.com", "--name", "Cli User", "--role", "recruiter"],
      "a-long-enough-password\n",
    );
    expect(result.status, result.stderr).toBe(0);
    const user = (await t.db.read().select().from(users).where(eq(users.emailKey, "cli@example.com")).get())!;
    expect(user).toMatchObject({ name: "Cli User", role: "recruiter", active: true });
    expect(await verifyPassword("a-long-enough-password", user.passwordHash)).toBe(true);
  });

  it("changes a password and ends the user's sessions", async () => {
    const result = run(["passwd", "--email", "cli@example.com"], "another-long-password\n");
    expect(result.status, result.stderr).toBe(0);
    const user = (await t.db.read().select().from(users).where(eq(users.emailKey, "cli@example.com")).get())!;
    expect(await verifyPassword("another-long-password", user.passwordHash)).toBe(true);
    expect(user.sessionVersion).toBe(2);
  });

  // Three runs of the script, each a new tsx process that compiles it: over the default 20 s when
  // other test files share the two cores.
  it("refuses a short password, an unknown role and a duplicate email with a message", { timeout: 90_000 }, () => {
    expect(run(["add", "--email", "x@example.com", "--name", "X", "--role", "recruiter"], "short\n").stderr).toMatch(
      /at least 12/,
    );
    expect(
      run(["add", "--email", "x@example.com", "--name", "X", "--role", "boss"], "a-long-enough-password\n").stderr,
    ).toMatch(/role/);
    const dup = run(
      ["add", "--email", "cli@example.com", "--name", "X", "--role", "admin"],
      "a-long-enough-password\n",
    );
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
  });
});
