import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Received = { to: string; raw: string };
export type Smtp = { server: SMTPServer; port: number; inbox: Received[]; url: string };

/** A real SMTP server on loopback that keeps what it receives. */
export function startSmtp(port = 0): Promise<Smtp> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        done();
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const bound = (server.server.address() as AddressInfo).port;
      resolve({ server, port: bound, inbox, url: `smtp://127.0.0.1:${bound}` });
    }),
  );
}

/** The outbox id in a received message's Message-ID (`<outbox-12@host>`). */
export function outboxIdOf(raw: string): number {
  const id = /^Message-ID: <outbox-(\d+)@/im.exec(raw)?.[1];
  if (!id) throw new Error("A received message without an outbox Message-ID");
  return Number(id);
}
