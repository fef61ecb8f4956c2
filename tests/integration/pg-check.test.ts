import net from "node:net";
import { describe, expect, it } from "vitest";
import { checkPostgres } from "@/db/pg-check";

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
