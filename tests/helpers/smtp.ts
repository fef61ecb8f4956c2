import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Received = { to: string; raw: string };
export type Smtp = { server: SMTPServer; port: number; inbox: Received[]; url: string; errors: Error[] };

/**
 * A real SMTP server on loopback that keeps what it receives. A sender that dies mid-message (an
 * instance killed in a test) resets its connection; smtp-server reports that as an "error" event on
 * the server, which would otherwise be an uncaught exception in the test's process. A real mail
 * server logs it and goes on serving, and so does this one: the errors are kept in `errors`.
 */
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
  const errors: Error[] = [];
  server.on("error", (err: Error) => errors.push(err));
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const bound = (server.server.address() as AddressInfo).port;
      resolve({ server, port: bound, inbox, url: `smtp://127.0.0.1:${bound}`, errors });
    }),
  );
}

/** The outbox id in a received message's Message-ID (`<outbox-12@host>`). */
export function outboxIdOf(raw: string): number {
  const id = /^Message-ID: <outbox-(\d+)@/im.exec(raw)?.[1];
  if (!id) throw new Error("A received message without an outbox Message-ID");
  return Number(id);
}
