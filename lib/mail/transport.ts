import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { Send } from "./outbox";

/**
 * How long one send may wait at each step, in milliseconds: for the TCP (and TLS) connection,
 * for the server's greeting, and for any answer once talking. Nodemailer's defaults (2 minutes,
 * 30 s, 10 minutes) let one send outlast the outbox's lease (LEASE_MS), after which another
 * instance may claim the message and send it again; these keep the worst case (a server that
 * trickles an answer just within each step) far inside it.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 30_000 };

/**
 * A sender for the outbox worker, or null when no SMTP_URL is set: then messages stay in the
 * outbox, readable by admins at /staff/outbox.
 */
export function smtpSender(url = env().SMTP_URL, timeouts = SMTP_TIMEOUTS): Send | null {
  const { MAIL_FROM, PUBLIC_URL } = env();
  if (!url) return null;
  // Nodemailer takes a URL's options from its query alone (an options object with a `url` is
  // replaced by what the URL says), so the timeouts go there, unless SMTP_URL sets its own.
  const withTimeouts = new URL(url);
  for (const [name, ms] of Object.entries(timeouts))
    if (!withTimeouts.searchParams.has(name)) withTimeouts.searchParams.set(name, String(ms));
  const transport = nodemailer.createTransport(withTimeouts.toString());
  const domain = PUBLIC_URL ? new URL(PUBLIC_URL).hostname : "rekry.local";
  return async (mail) => {
    await transport.sendMail({
      from: MAIL_FROM,
      to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
      // The same id on every attempt, so a receiving server can drop a repeat after a crash.
      messageId: `<outbox-${mail.id}@${domain}>`,
    });
  };
}
