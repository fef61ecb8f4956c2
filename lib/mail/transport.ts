import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { Send } from "./outbox";

/**
 * A sender for the outbox worker, or null when no SMTP_URL is set: then messages stay in the
 * outbox, readable by admins at /staff/outbox.
 */
export function smtpSender(url = env().SMTP_URL): Send | null {
  const { MAIL_FROM, PUBLIC_URL } = env();
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
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
