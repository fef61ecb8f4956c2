import { FEEDBACK_OVERDUE_MS } from "@/lib/applications/feedback-due";

/** The company's clock: interview times are agreed in Swedish time and shown with the zone named. */
export const COMPANY_TIME_ZONE = "Europe/Stockholm";

export function formatWhen(at: Date, locale: "en" | "sv"): string {
  return (
    new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: COMPANY_TIME_ZONE,
    }).format(at) + (locale === "sv" ? " (svensk tid)" : " (Swedish time)")
  );
}

/** When an interview is over, or null while it has no time. */
export function interviewEnd(i: { startsAt: Date | null; durationMinutes: number }): Date | null {
  return i.startsAt ? new Date(i.startsAt.getTime() + i.durationMinutes * 60_000) : null;
}

export type FeedbackState = "submitted" | "overdue" | "due" | "upcoming" | "unscheduled";

/** Where one interviewer's feedback stands for one interview. */
export function feedbackState(
  i: { startsAt: Date | null; durationMinutes: number; cancelledAt?: Date | null },
  submitted: boolean,
  now: Date,
): FeedbackState {
  if (submitted) return "submitted";
  const end = interviewEnd(i);
  if (!end) return "unscheduled";
  if (now.getTime() < end.getTime()) return "upcoming";
  return now.getTime() - end.getTime() > FEEDBACK_OVERDUE_MS ? "overdue" : "due";
}
