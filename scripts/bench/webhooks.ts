import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Scenario } from "./measure";

type Staff = { cookie: string; origin: string };

/**
 * A loopback receiver for the webhook scenario: counts what arrives, answers 200, and can hold
 * every answer back (so the server's runner waits and a backlog of deliveries builds up).
 */
export async function startBenchReceiver() {
  let received = 0;
  let held: (() => void)[] | null = null;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const answer = () => {
        received += 1;
        res.writeHead(200).end("ok");
      };
      if (held) held.push(answer);
      else answer();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received: () => received,
    hold: () => (held ??= []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const answer of waiting) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
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

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
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
  const before = receiver.received();
  receiver.hold();
  const events = await makeEvents();
  const started = performance.now();
  receiver.release();
  const done = await waitFor(() => receiver.received() >= before + events * endpoints, 120_000);
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
