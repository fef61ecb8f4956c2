import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Received = { headers: IncomingHttpHeaders; body: string; at: number };
export type Behaviour =
  | { kind: "ok" }
  | { kind: "fail"; status: number }
  | { kind: "hang" }
  | { kind: "slow"; ms: number }
  | { kind: "redirect"; location: string };

/**
 * A webhook receiver on loopback, as a customer's would be: it records every request in arrival
 * order and answers as told (succeed, fail with a status, hang, answer slowly, redirect).
 */
export type Receiver = {
  url: string;
  port: number;
  received: Received[];
  behave: (b: Behaviour) => void;
  /** The parsed bodies whose signature verifies with `secret`, checked by the standardwebhooks library. */
  verified: (secret: string) => { type: string; data: Record<string, unknown> }[];
  close: () => Promise<void>;
};

export const verifies = (secret: string, r: Received) => {
  try {
    new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};

export async function startReceiver(port = 0): Promise<Receiver> {
  let behaviour: Behaviour = { kind: "ok" };
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const b = behaviour;
      if (b.kind === "ok") res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
      else if (b.kind === "fail") res.writeHead(b.status).end(`failing with ${b.status}`);
      else if (b.kind === "slow") setTimeout(() => res.writeHead(200).end("slow but fine"), b.ms);
      else if (b.kind === "redirect") res.writeHead(307, { location: b.location }).end();
      // "hang": never answers; close() ends the socket.
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    behave: (b) => (behaviour = b),
    verified: (secret) =>
      received
        .filter((r) => verifies(secret, r))
        .map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
