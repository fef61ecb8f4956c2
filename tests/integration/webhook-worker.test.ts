import { writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { PostgresDatabase } from "@/db";
import { webhookEndpointCreate } from "@/lib/validations/webhooks";
import { anyDeliveryDue } from "@/lib/webhooks/claim";
import { createEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";
import { compileServer } from "@/scripts/compile-server.mjs";
import { webhookRunner, type WebhookRunner } from "@/scripts/webhook-runner";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startReceiver, type Receiver } from "../helpers/webhook-receiver";

let t: TestData;
let admin: TestUser;
let receiver: Receiver;
let runner: WebhookRunner | undefined;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, WEBHOOKS_ALLOW_HTTP: "true", WEBHOOKS_ALLOW_PRIVATE: "true" });
  admin = await addUser(t.db, "admin");
  receiver = await startReceiver();
  // The server starts the worker from its compiled bundle (dist/webhook-worker.cjs), so build it.
  await compileServer();
}, 60_000);
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});
afterAll(async () => {
  await receiver.close();
  await t.cleanup();
});

/** The server's configuration of the database, as the worker gets it. */
const setting = () => ({
  DATABASE_PATH: path.join(t.dir, "rekry.db"),
  DATABASE_URL: onPostgres ? (t.db as unknown as PostgresDatabase).url : undefined,
});

async function until(check: () => boolean | Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

let applicants = 0;
const newApplication = async () =>
  expect((await apply({ ...validFields(), email: `worker.${++applicants}@example.com` })).status).toBe(201);

describe("the webhook runner in a worker thread", () => {
  it("starts only when a delivery is due, sends it from its own connection, and ends once idle", async () => {
    runner = webhookRunner(t.db, setting(), { idleMs: 300, tickMs: 50 });
    // Nothing due (no endpoint yet): no thread, and so none of its memory.
    await runner.tick();
    expect(runner.running()).toBe(false);

    const input = webhookEndpointCreate.parse({ url: receiver.url, events: ["all"] });
    const { endpoint } = await createEndpoint(admin, input);
    await newApplication();
    expect(await anyDeliveryDue(t.db, new Date())).toBe(true);
    await runner.tick();
    expect(runner.running()).toBe(true);

    await until(() => receiver.received.length === 1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: "application.applied" });
    await until(async () => {
      const [row] = await t.db
        .read()
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.endpointId, endpoint.id))
        .all();
      return row?.status === "delivered";
    });
    // A second event while it runs is sent by the same thread, without another tick.
    await newApplication();
    await until(() => receiver.received.length === 2);
    await until(() => !runner!.running());
    expect(await anyDeliveryDue(t.db, new Date())).toBe(false);
  }, 30_000);

  it("leaves a paused endpoint's waiting deliveries alone: nothing is due, so no thread starts", async () => {
    await t.db.write((tx) => tx.update(webhookEndpoints).set({ active: false }).run());
    const input = webhookEndpointCreate.parse({ url: receiver.url, events: ["all"] });
    const { endpoint } = await createEndpoint(admin, input);
    const before = receiver.received.length;
    await newApplication();
    // Paused after the event: its delivery waits for the endpoint to be resumed.
    await updateEndpoint(admin, endpoint.id, { active: false });
    const waiting = await t.db
      .read()
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint.id))
      .all();
    expect(waiting.map((d) => d.status)).toEqual(["pending"]);
    runner = webhookRunner(t.db, setting(), { idleMs: 300, tickMs: 50 });
    await runner.tick();
    expect(runner.running()).toBe(false);
    expect(receiver.received.length).toBe(before);
  });

  it("is ended by stop(), as the server does at shutdown", async () => {
    const input = webhookEndpointCreate.parse({ url: receiver.url, events: ["all"] });
    await createEndpoint(admin, input);
    await newApplication();
    runner = webhookRunner(t.db, setting(), { idleMs: 60_000, tickMs: 50 });
    await runner.tick();
    expect(runner.running()).toBe(true);
    await runner.stop();
    expect(runner.running()).toBe(false);
  });

  it("rests a minute after a thread that failed, so a broken worker is not started every second", async () => {
    const broken = path.join(t.dir, "broken-worker.cjs");
    writeFileSync(broken, "throw new Error('broken on purpose');\n");
    const input = webhookEndpointCreate.parse({ url: receiver.url, events: ["all"] });
    await createEndpoint(admin, input);
    await newApplication();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      runner = webhookRunner(t.db, setting(), { idleMs: 300, tickMs: 50, file: broken });
      await runner.tick();
      expect(runner.running()).toBe(true);
      await until(() => !runner!.running());
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/starts again in a minute/), expect.anything());
      await runner.tick();
      expect(runner.running()).toBe(false);
    } finally {
      errors.mockRestore();
    }
  });
});
