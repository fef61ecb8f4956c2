import { escapeHtml } from "@/lib/http/responses";
import type { Mail } from "./outbox";

type Assigned = {
  to: string;
  name: string;
  candidate: string;
  job: string;
  kind: string;
  when: string | null;
  videoUrl: string | null;
  link: string;
  colleagues: string[];
  applicationId: number;
};

/** Tells a colleague they interview someone, with the scorecard link (staff messages are in English). */
export function interviewAssignedMail(f: Assigned): Mail {
  const lines = [
    `Hi ${f.name.split(/\s+/)[0] || f.name},`,
    `You are an interviewer for ${f.candidate}, who applied for ${f.job}: ${f.kind}.`,
    f.when
      ? `When: ${f.when}. The calendar invite is attached.`
      : "The time is not set yet; the recruiter will tell you.",
    f.videoUrl ? `Video link: ${f.videoUrl}` : "",
    f.colleagues.length ? `With: ${f.colleagues.join(", ")}.` : "",
    "Read the application and write your scorecard here. Others' feedback stays hidden from you until you submit your own, so your view stays independent:",
  ].filter(Boolean);
  const text = [...lines, f.link].join("\n\n");
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18212b">${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("")}<p><a href="${escapeHtml(f.link)}">${escapeHtml(f.link)}</a></p></body></html>`;
  return {
    kind: "interview_assigned",
    applicationId: f.applicationId,
    to: f.to,
    toName: f.name,
    subject: `Interview: ${f.candidate} (${f.kind})`,
    text,
    html,
  };
}
