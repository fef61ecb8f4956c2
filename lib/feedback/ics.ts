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
 * The iCalendar invite for one interview. The UID stays the same for the interview's life and
 * the sequence grows with each change, so a calendar replaces the event instead of adding one.
 */
export function interviewInvite(f: InviteFacts): string {
  const { error, value } = createEvent({
    productId: "rekry/interviews",
    method: "PUBLISH",
    uid: `interview-${f.interviewId}@${f.domain}`,
    sequence: f.sequence,
    start: f.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: f.durationMinutes },
    title: f.title,
    description: f.description,
    ...(f.videoUrl ? { url: f.videoUrl, location: f.videoUrl } : {}),
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar invite.");
  return value;
}
