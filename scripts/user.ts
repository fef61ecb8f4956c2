import { parseArgs } from "node:util";
import { ROLES, type Role } from "@/lib/auth/roles";
import { configOrExit } from "./config";
import { openMigratedOrExit } from "./database";
import { isAppError } from "@/lib/errors";
import { bySystem } from "@/lib/events/record";
import { insertUser, setPassword } from "@/lib/users/store";
import { newPassword, userCreate } from "@/lib/validations/auth";
import { englishWords } from "@/lib/validations/parse";

/**
 * `npm run user:add -- --email E --name N --role R` and `npm run user:passwd -- --email E`.
 * The password is read from standard input, so it never lands in shell history.
 */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters), then Enter: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const config = configOrExit();
  const database = await openMigratedOrExit(config);
  try {
    if (command === "add") {
      const input = userCreate.safeParse({ name: values.name, email: values.email, role: values.role });
      if (!input.success)
        fail(
          `Usage: npm run user:add -- --email E --name N --role ${ROLES.join("|")}\n${input.error.issues.map((i) => `  ${String(i.path[0])}: ${englishWords.issue(i)}`).join("\n")}`,
        );
      const password = newPassword.safeParse(await readPassword());
      if (!password.success) fail(englishWords.issue(password.error.issues[0]!));
      const user = await insertUser(
        database,
        { ...input.data, role: input.data.role as Role, password: password.data },
        bySystem("cli:user:add"),
      );
      console.log(`Added ${user.role} ${user.email}.`);
    } else if (command === "passwd") {
      if (!values.email) fail("Usage: npm run user:passwd -- --email E (password on standard input)");
      const password = newPassword.safeParse(await readPassword());
      if (!password.success) fail(englishWords.issue(password.error.issues[0]!));
      const user = await setPassword(database, values.email, password.data, bySystem("cli:user:passwd"));
      console.log(`Password changed for ${user.email}; their existing sessions have ended.`);
    } else {
      fail("Usage: tsx scripts/user.ts add|passwd ...");
    }
  } catch (e) {
    fail(isAppError(e) ? e.message : String(e));
  } finally {
    await database.close();
  }
}

void main();
