import { createEvent } from "ics";

export type InviteFacts = {
  interviewId: number;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  title: string;
  description: string;
  videoUrl: string | null;
  domain: string;
};

/**
 * A value ready for the `ics` package, which escapes backslash, semicolon, comma and CRLF/LF
 * (RFC 5545, 3.3.11) and folds long lines, but passes a bare CR and other control characters
 * through: those would end the property line early, so a CR becomes a line break and the rest go.
 */
function icsText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "");
}

/** A URI value is not escaped at all, and no control character belongs in one. */
const icsUri = (value: string) => value.replace(/[\u0000-\u001F\u007F-\u009F\s]/g, "");

/**
 * The iCalendar invite for one interview. The UID stays the same for the interview's life and
 * the sequence grows with each change, so a calendar replaces the event instead of adding one.
 */
export function interviewInvite(f: InviteFacts): string {
  const { error, value } = createEvent({
    productId: "rekry/interviews",
    method: "PUBLISH",
    uid: icsUri(`interview-${f.interviewId}@${f.domain}`),
    sequence: f.sequence,
    start: f.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: f.durationMinutes },
    title: icsText(f.title),
    description: icsText(f.description),
    ...(f.videoUrl ? { url: icsUri(f.videoUrl), location: icsText(f.videoUrl) } : {}),
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar invite.");
  return value;
}
