import { fork } from "node:child_process";
import path from "node:path";
import type { Scenario } from "./measure";

type Staff = { cookie: string; origin: string };
type Answer = { id: number; received: number };

/**
 * A loopback receiver for the webhook scenario, in a process of its own (scripts/bench/receiver.mjs):
 * it counts what arrives, answers 200, and can hold every answer back (so the server's runner waits
 * and a backlog of deliveries builds up). Out of the load generator's process, so its answering
 * the runner's requests does not delay the moves timed there.
 */
export async function startBenchReceiver() {
  const child = fork(path.resolve("scripts/bench/receiver.mjs"), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { port: number }) => resolve(m.port));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the bench's webhook receiver exited with code ${code}`)));
  });
  let next = 0;
  const pending = new Map<number, (received: number) => void>();
  child.on("message", (m: Answer) => {
    pending.get(m.id)?.(m.received);
    pending.delete(m.id);
  });
  const ask = (op: string, extra: object = {}) =>
    new Promise<number>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      child.send({ op, id, ...extra });
    });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => ask("count"),
    /** Whether `count` deliveries have arrived within `timeoutMs`. */
    until: (count: number, timeoutMs: number) =>
      Promise.race([
        ask("until", { count }).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
      ]),
    hold: () => ask("hold"),
    release: () => ask("release"),
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send({ op: "close" });
      }),
  };
}
export type BenchReceiver = Awaited<ReturnType<typeof startBenchReceiver>>;

/** Five endpoints subscribed to everything, added through the staff API as an admin would. */
export async function addEndpoints(base: string, admin: Staff, url: string, count = 5): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${base}/api/staff/webhooks`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({ url, events: ["all"], description: `bench ${i + 1}` }),
    });
    if (res.status !== 201) throw new Error(`adding an endpoint answered ${res.status}: ${await res.text()}`);
    ids.push(((await res.json()) as { endpoint: { id: number } }).endpoint.id);
  }
  return ids;
}

export async function removeEndpoints(base: string, admin: Staff, ids: number[]): Promise<void> {
  for (const id of ids) await fetch(`${base}/api/staff/webhooks/${id}`, { method: "DELETE", headers: admin });
}

/**
 * The runner's delivery rate: with the receiver holding its answers, `makeEvents` records events
 * (each one a delivery per endpoint); once released, the time until the receiver has them all.
 */
export async function deliveryRate(
  receiver: BenchReceiver,
  endpoints: number,
  makeEvents: () => Promise<number>,
): Promise<Scenario[]> {
  const before = await receiver.received();
  await receiver.hold();
  const events = await makeEvents();
  const started = performance.now();
  void receiver.release();
  const done = await receiver.until(before + events * endpoints, 120_000);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = done ? events / seconds : 0;
  return [
    {
      name: `webhook runner, ${endpoints} endpoints on loopback`,
      figure: "events delivered/s",
      value: Math.round(perSecond),
      unit: "events/s",
      target: ">= 100 events/s",
      held: perSecond >= 100,
    },
    {
      name: `webhook runner, ${endpoints} endpoints on loopback`,
      figure: "deliveries/s",
      value: Math.round(perSecond * endpoints),
      unit: "req/s",
      target: `${events} events, ${events * endpoints} deliveries`,
      held: perSecond >= 100,
    },
  ];
}
