/**
 * Feedback on an interview is due when it ends and overdue a day later. The board and the overview
 * (board-feedback.ts) and each interviewer's own state (lib/feedback/when.ts) all count from here;
 * a plain module, since the clock in lib/feedback/when.ts is also imported by client components.
 */
export const FEEDBACK_OVERDUE_MS = 24 * 60 * 60 * 1000;
