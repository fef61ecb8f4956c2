import { eq } from "drizzle-orm";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, outbox } from "@/db/schema";
import { deliverDue, dropStaleMail } from "@/lib/mail/outbox";
import { listOutbox } from "@/lib/mail/outbox-queries";
import { smtpSender } from "@/lib/mail/transport";
import { sendLostLinks } from "@/lib/candidates/lost-link";
import { eraseByToken } from "@/lib/candidates/self-service";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { tableRows } from "../helpers/table-dump";

let t: TestData;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  admin = await addUser(t.db, "admin");
}, 30_000);
afterAll(() => t.cleanup());

async function applyFor(fields = validFields()) {
  const res = await apply(fields);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  return { id, token: statusUrl.split("/status/")[1]!, fields };
}

/** Marks every message as delivered, so the next test starts from an empty queue. */
const deliverAll = () => deliverDue(t.db, async () => {}, new Date(Date.now() + 1000), 1000);

describe("the outbox keeps no live status token", () => {
  it("drops a message's body and attachments once a real SMTP server has accepted it", async () => {
    await deliverAll();
    const inbox: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let raw = "";
        stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
        stream.on("end", () => (inbox.push(raw), done()));
      },
    });
    const port = await new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)),
    );
    try {
      const { id, token } = await applyFor();
      const result = await deliverDue(t.db, smtpSender(`smtp://127.0.0.1:${port}`)!);
      expect(result).toEqual({ sent: 1, failed: 0 });
      expect(inbox.join("").replace(/=\r?\n/g, "")).toContain(token);
      const row = (await t.db.read().select().from(outbox).where(eq(outbox.applicationId, id)).get())!;
      expect(row).toMatchObject({
        kind: "received",
        status: "sent",
        attempts: 1,
        text: "",
        html: "",
        attachments: null,
      });
      expect(row.toAddress).not.toBe("");
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(JSON.stringify(row)).not.toContain(token);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("shows admins a queued message with its status link redacted, and a sent one without its text", async () => {
    const { token } = await applyFor();
    const queued = (await listOutbox(admin))[0]!;
    expect(queued.status).toBe("pending");
    expect(queued.text).toContain("/status/…redacted");
    expect(JSON.stringify(await listOutbox(admin))).not.toContain(token);
    await deliverAll();
    expect((await listOutbox(admin))[0]!.text).toBeNull();
  });

  it("drops a message still undelivered after a week, and records that in the audit log", async () => {
    const { id } = await applyFor();
    const queued = (await t.db.read().select().from(outbox).where(eq(outbox.applicationId, id)).get())!;
    await t.db.write((tx) => tx.update(outbox).set({ status: "failed" }).where(eq(outbox.id, queued.id)).run());
    const sixDaysOn = new Date(queued.createdAt.getTime() + 6 * 24 * 3600_000);
    expect(await dropStaleMail(t.db, sixDaysOn)).toEqual([]);
    const eightDaysOn = new Date(queued.createdAt.getTime() + 8 * 24 * 3600_000);
    expect(await dropStaleMail(t.db, eightDaysOn)).toEqual([queued.id]);
    expect(await t.db.read().select().from(outbox).where(eq(outbox.id, queued.id)).get()).toBeUndefined();
    const entry = (await t.db
      .read()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "outbox.dropped_undelivered"))
      .get())!;
    expect(entry.data).toMatchObject({
      count: 1,
      messages: [{ id: queued.id, kind: "received", status: "failed", applicationId: id }],
    });
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("an erase leaves nothing in the tables", () => {
  it("leaves no name, email or phone in any table, the search index included, once the erased mail is sent", async () => {
    const fields = {
      ...validFields(),
      fullName: "Yolanda Vexmoor",
      email: "yolanda.vexmoor@erase-test.example",
      phone: "+46 70 555 019 283",
      note: "Yolanda Vexmoor likes Rook",
    };
    const { token } = await applyFor(fields);
    await sendLostLinks("Yolanda.Vexmoor@erase-test.example", "http://localhost");
    await eraseByToken(token);
    await deliverAll();
    const tables = await tableRows(t.db);
    expect(tables.map((x) => x.table)).toEqual(expect.arrayContaining(["candidates", "application_search", "outbox"]));
    const dump = JSON.stringify(tables);
    for (const value of [fields.fullName, fields.email, fields.phone, "Vexmoor"])
      expect(dump, `"${value}" is gone`).not.toContain(value);
  });
});

describe.skipIf(onPostgres)("an erase leaves nothing in SQLite's files", () => {
  it("leaves no byte of the name, email or phone in the database file, its -wal or the upload folder", async () => {
    const fields = {
      ...validFields(),
      fullName: "Zebulon Quixworth",
      email: "zebulon.quixworth@erase-test.example",
      phone: "+46 70 918 273 645",
      note: "Zebulon Quixworth likes Ceph",
    };
    const { token } = await applyFor(fields);
    // A lost-link mail names no application, only the address.
    await sendLostLinks("Zebulon.Quixworth@erase-test.example", "http://localhost");
    await eraseByToken(token);
    const file = t.db.writer.$client.name;
    // The erase itself checkpointed and truncated the log.
    expect(statSync(`${file}-wal`).size).toBe(0);
    const queued = await t.db.read().select().from(outbox).where(eq(outbox.status, "pending")).all();
    expect(queued.map((m) => m.kind)).toEqual(["erased"]);
    await deliverAll();
    t.db.writer.$client.pragma("wal_checkpoint(TRUNCATE)");
    const everything = [file, `${file}-wal`, ...filesUnder(t.uploadDir)].map((f) => readFileSync(f));
    for (const value of [fields.fullName, fields.email, fields.phone, "Quixworth"]) {
      for (const bytes of everything)
        expect(bytes.includes(Buffer.from(value, "utf8")), `"${value}" is gone`).toBe(false);
    }
  });
});
