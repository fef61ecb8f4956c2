import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/migrate-pg";
import { checkPostgres } from "@/db/pg-check";
import { createPgDatabase, describePg, pgTestUrl, pgUrlFor, withPgClient, type PgTestDatabase } from "../helpers/pg";

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("checking DATABASE_URL before start-up, without a server", () => {
  it("names a URL that is not one, another scheme, and a missing database, before connecting", async () => {
    expect(await checkPostgres("localhost:5432/rekry")).toEqual({
      ok: false,
      problem: expect.stringMatching(/^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//),
    });
    expect(await checkPostgres("not a url")).toEqual({
      ok: false,
      problem: "DATABASE_URL is not a valid URL; expected the form postgres://user:password@host:5432/rekry",
    });
    expect(await checkPostgres("postgres://rekry:secret@db.example")).toEqual({
      ok: false,
      problem: expect.stringMatching(/^DATABASE_URL names no database/),
    });
  });

  it("names a closed port", async () => {
    const port = await closedPort();
    expect(await checkPostgres(`postgres://rekry:secret@127.0.0.1:${port}/rekry`)).toEqual({
      ok: false,
      problem: `Cannot reach PostgreSQL at 127.0.0.1:${port}: connection refused (is it running and listening there?)`,
    });
  });

  it("names a host name that does not resolve", async () => {
    expect(await checkPostgres("postgres://rekry:secret@no-such-host.invalid/rekry")).toEqual({
      ok: false,
      problem:
        "Cannot reach PostgreSQL at no-such-host.invalid:5432: the host name no-such-host.invalid does not resolve",
    });
  });

  it("names a server that does not answer in time", async () => {
    const silent = net.createServer(() => {}).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      expect(await checkPostgres(`postgres://rekry:secret@127.0.0.1:${port}/rekry`, { timeoutMs: 300 })).toEqual({
        ok: false,
        problem: `Cannot reach PostgreSQL at 127.0.0.1:${port}: no answer within 0.3 s`,
      });
    } finally {
      silent.close();
    }
  });
});

describePg("checking DATABASE_URL before start-up, against the test server", () => {
  let migrated: PgTestDatabase;
  let empty: PgTestDatabase;
  const role = `rekry_check_${randomBytes(4).toString("hex")}`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const as = (user: string, secret: string, database: string) => {
    const url = new URL(pgUrlFor(database));
    url.username = user;
    url.password = secret;
    return url.toString();
  };

  beforeAll(async () => {
    migrated = await createPgDatabase();
    empty = await createPgDatabase({ empty: true });
    await withPgClient((client) => client.query(`create role ${role} login password '${password}'`));
  });
  afterAll(async () => {
    await migrated?.drop();
    await empty?.drop();
    await withPgClient((client) => client.query(`drop role if exists ${role}`));
  });

  it("passes the test server's own superuser, with the server's version", async () => {
    expect(await checkPostgres(migrated.url)).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+/) });
  });

  it("warns of a database whose LC_CTYPE leaves the search index blind to letters beyond ASCII", async () => {
    const made: string[] = [];
    const make = async (ctype: string) => {
      const name = `rekry_ctype_${process.pid}_${made.length}`;
      made.push(name);
      await withPgClient((client) =>
        client.query(`create database ${name} template template0 lc_collate 'C' lc_ctype '${ctype}'`),
      );
      return pgUrlFor(name);
    };
    try {
      expect(await checkPostgres(await make("C"))).toEqual({
        ok: true,
        version: expect.any(String),
        warning: expect.stringMatching(/has LC_CTYPE C: the search index sees only ASCII letters.*--lc-ctype=C\.UTF-8/),
      });
      expect(await checkPostgres(await make("C.UTF-8"))).toEqual({ ok: true, version: expect.any(String) });
    } finally {
      for (const name of made) await withPgClient((client) => client.query(`drop database if exists ${name}`));
    }
  });

  it("names a wrong password without repeating it", async () => {
    const result = await checkPostgres(as(role, "not-the-password", migrated.name));
    const { host } = new URL(pgTestUrl!);
    expect(result).toEqual({ ok: false, problem: `PostgreSQL at ${host} refused the password of user "${role}"` });
    expect(JSON.stringify(result)).not.toContain("not-the-password");
  });

  it("names a database the server does not have", async () => {
    const { host } = new URL(pgTestUrl!);
    expect(await checkPostgres(pgUrlFor("rekry_no_such_database"))).toEqual({
      ok: false,
      problem: `PostgreSQL at ${host} has no database "rekry_no_such_database" (create it, for example: createdb -O postgres rekry_no_such_database)`,
    });
  });

  it("names a server older than the version it needs", async () => {
    const check = await checkPostgres(migrated.url);
    const major = Number(check.ok && check.version.split(".")[0]);
    const { host } = new URL(pgTestUrl!);
    expect(await checkPostgres(migrated.url, { minimumVersion: major + 1 })).toEqual({
      ok: false,
      problem: `PostgreSQL at ${host} is version ${check.ok && check.version}; Rekry needs ${major + 1} or newer`,
    });
  });

  it("names a user who may connect but not create tables", async () => {
    expect(await checkPostgres(as(role, password, migrated.name))).toEqual({
      ok: false,
      problem: `User "${role}" may not create tables in schema "public" of database "${migrated.name}" (its owner can run: GRANT CREATE ON SCHEMA "public" TO "${role}")`,
    });
  });

  it("names a user who may create tables but not drizzle's schema or pg_trgm, then passes them once granted, and they can migrate", async () => {
    const url = as(role, password, empty.name);
    await withPgClient((client) => client.query(`grant create on schema public to ${role}`), empty.url);
    expect(await checkPostgres(url)).toEqual({
      ok: false,
      problem: `User "${role}" may not create schemas or extensions in database "${empty.name}" (its owner can run: GRANT CREATE ON DATABASE "${empty.name}" TO "${role}")`,
    });
    await withPgClient((client) => client.query(`grant create on database ${empty.name} to ${role}`));
    expect(await checkPostgres(url)).toMatchObject({ ok: true });
    await migratePostgres(url);
  });
});
