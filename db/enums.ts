/**
 * Value lists shared by the schema, the domain and the forms. Plain constants with no database
 * code, so a client bundle can import them without pulling in the driver.
 */

/**
 * What a stage is for, which decides what it enables: interviews in `interview` stages, the
 * decision panel in the one `decision` stage, references and the background check in
 * `offer_checks` stages (the last of which is the door to Hired).
 */
export const STAGE_KINDS = ["screening", "interview", "decision", "offer_checks", "other"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Staff roles; what each may do is the permission table in lib/auth/permissions.ts. */
export const ROLES = ["admin", "recruiter", "hiring_manager"] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of a job's own apply-form questions; the job editor's labels are `jobAdmin.questions.kinds`. */
export const QUESTION_KINDS = ["short_text", "long_text", "yes_no", "single_choice"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const INTERVIEW_KINDS = ["manager_meeting", "system_design", "programming", "technical", "other"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const REFEREE_STATUSES = ["requested", "received", "concerns"] as const;
export const BACKGROUND_CHECK_STATUSES = ["not_started", "in_progress", "completed", "concerns"] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];

export const APPLICATION_STATUSES = ["active", "hired", "rejected", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * The report facts (application_stays) read these kinds of the event log: an event of the first
 * list opens a stay in its stage; one of the second ends the open stay when the application was
 * active. The triggers of the migrations (SQLite 0023, PostgreSQL 0015) and db:copy's check name
 * the same lists; tests/unit/events.test.ts holds them to these and to the event union.
 */
export const STAY_OPENING_KINDS = ["applied", "moved", "reopened"] as const;
export const STAY_CLOSING_KINDS = [
  "hired",
  "rejected",
  "knockout_rejected",
  "withdrawn",
  "erased",
  "anonymised",
] as const;

/** A signed Standard Webhooks receiver, or a chat's incoming webhook (lib/webhooks). */
export const WEBHOOK_KINDS = ["webhook", "slack", "teams", "mattermost"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/**
 * Why a CV has no searchable text: no text layer (a scan), encrypted, unreadable (broken or not
 * what it claims), or its reader ran out of time or memory.
 */
export const CV_TEXT_NOTES = ["no_text", "encrypted", "unreadable", "timeout"] as const;
export type CvTextNote = (typeof CV_TEXT_NOTES)[number];
