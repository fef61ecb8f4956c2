import type { Database } from "@/db";
import { bySystem } from "@/lib/events/record";
import { generatePassword } from "@/lib/auth/password";
import { insertUser, userCount } from "@/lib/users/store";

/** On a database with no users, creates an admin and prints the password this one time. */
export async function ensureFirstAdmin(database: Database, email: string, log: (line: string) => void): Promise<void> {
  if ((await userCount(database)) > 0) return;
  const password = generatePassword();
  await insertUser(database, { name: "Admin", email, role: "admin", password }, bySystem("first-start"));
  const line = "=".repeat(64);
  log(
    [
      line,
      "  First run: an admin account was created. Sign in at /login with",
      `    email:    ${email}`,
      `    password: ${password}`,
      "  This password is shown only now. Change it with:",
      `    npm run user:passwd -- --email ${email}`,
      line,
    ].join("\n"),
  );
}
