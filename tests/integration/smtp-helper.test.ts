import net from "node:net";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startSmtp, type Smtp } from "../helpers/smtp";

let smtp: Smtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

/** Speaks SMTP line by line, as a mailer does, waiting for each reply's code. */
function dialogue(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let buffered = "";
  const waiting: Array<(line: string) => void> = [];
  socket.on("data", (chunk) => {
    buffered += chunk.toString("utf8");
    let end: number;
    while ((end = buffered.indexOf("\r\n")) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      // A multi-line reply ("250-...") ends with its "250 " line.
      if (/^\d{3} /.test(line)) waiting.shift()?.(line);
    }
  });
  const reply = () => new Promise<string>((resolve) => waiting.push(resolve));
  return {
    socket,
    reply,
    say: (line: string) => {
      const next = reply();
      socket.write(`${line}\r\n`);
      return next;
    },
  };
}

test("a sender killed in the middle of a transaction is logged, never an uncaught error, and the server goes on", async () => {
  const mailer = dialogue(smtp.port);
  expect(await mailer.reply()).toMatch(/^220 /);
  expect(await mailer.say("EHLO instance-b")).toMatch(/^250 /);
  expect(await mailer.say("MAIL FROM:<jobs@example.com>")).toMatch(/^250 /);
  expect(await mailer.say("RCPT TO:<someone@example.com>")).toMatch(/^250 /);
  expect(await mailer.say("DATA")).toMatch(/^354 /);
  // In the middle of the transaction, as a SIGKILLed process's connection ends: a reset, not a FIN.
  mailer.socket.resetAndDestroy();
  await expect.poll(() => smtp.errors.map((e) => (e as NodeJS.ErrnoException).code)).toContain("ECONNRESET");
  expect(smtp.inbox).toEqual([]);

  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });
  await transport.sendMail({ from: "jobs@example.com", to: "next@example.com", subject: "After", text: "Still here" });
  expect(smtp.inbox.map((m) => m.to)).toEqual(["next@example.com"]);
});
