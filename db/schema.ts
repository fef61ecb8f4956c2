import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import {
  APPLICATION_STATUSES,
  WEBHOOK_KINDS,
  BACKGROUND_CHECK_STATUSES,
  CV_TEXT_NOTES,
  INTERVIEW_KINDS,
  QUESTION_KINDS,
  REFEREE_STATUSES,
  ROLES,
  STAGE_KINDS,
  type Recommendation,
} from "./enums";

export type Locale = "en" | "sv";
export type Localized = Record<Locale, string>;

/** What a posting says, per language. Body and notes are Markdown written by the company. */
export type JobLocaleContent = {
  title: string;
  team: string;
  summary: string;
  body: string;
  processNote: string;
  startNote: string;
};

export type JobLocation = {
  /** ISO 3166 alpha-2 codes of the countries applicants may live in. */
  applicantCountries: string[];
  remote: boolean;
  offices: { city: string; country: string }[];
};

export const JOB_STATUSES = ["draft", "open", "closed"] as const;
export { STAGE_KINDS, type StageKind } from "./enums";
export { APPLICATION_STATUSES, type ApplicationStatus, WEBHOOK_KINDS, type WebhookKind } from "./enums";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("draft"),
    content: text("content", { mode: "json" }).$type<Record<Locale, JobLocaleContent>>().notNull(),
    location: text("location", { mode: "json" }).$type<JobLocation>().notNull(),
    employmentType: text("employment_type").notNull().default("FULL_TIME"),
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    salaryCurrency: text("salary_currency"),
    salaryPeriod: text("salary_period", { enum: ["YEAR", "MONTH", "HOUR"] }),
    hiringManagerUserId: integer("hiring_manager_user_id").references((): AnySQLiteColumn => users.id),
    datePosted: text("date_posted").notNull(),
    validThrough: text("valid_through"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("jobs_slug_unique").on(t.slug), index("jobs_status_idx").on(t.status)],
);

export const stages = sqliteTable(
  "stages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind", { enum: STAGE_KINDS }).notNull().default("other"),
    position: integer("position").notNull(),
    staffName: text("staff_name").notNull(),
    name: text("name", { mode: "json" }).$type<Localized>().notNull(),
    description: text("description", { mode: "json" }).$type<Localized>().notNull(),
    typicalDays: integer("typical_days").notNull(),
  },
  (t) => [
    uniqueIndex("stages_job_key_unique").on(t.jobId, t.key),
    index("stages_job_position_idx").on(t.jobId, t.position),
  ],
);

/** One row per application: the person as they described themselves when applying. */
export const candidates = sqliteTable(
  "candidates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fullName: text("full_name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased email, for duplicate checks and search. */
    emailKey: text("email_key").notNull(),
    phone: text("phone"),
    country: text("country").notNull(),
    linkedinUrl: text("linkedin_url"),
    githubUrl: text("github_url"),
    portfolioUrl: text("portfolio_url"),
    /** Phone in E.164 and profile links in one normal form (lib/people/identity.ts), to recognise one person. */
    phoneKey: text("phone_key"),
    linkedinKey: text("linkedin_key"),
    githubKey: text("github_key"),
    /** Set when a recruiter merged this record into another (lib/people/merge.ts); kept so the merge can be undone. */
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => candidates.id),
    /** Name and email folded to lower case without diacritics, for staff search. */
    searchText: text("search_text").notNull().default(""),
    createdAt: createdAt(),
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("candidates_email_key_idx").on(t.emailKey),
    index("candidates_phone_key_idx").on(t.phoneKey),
    index("candidates_linkedin_key_idx").on(t.linkedinKey),
    index("candidates_github_key_idx").on(t.githubKey),
  ],
);

export const applications = sqliteTable(
  "applications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id),
    stageId: integer("stage_id")
      .notNull()
      .references(() => stages.id),
    status: text("status", { enum: APPLICATION_STATUSES }).notNull().default("active"),
    version: integer("version").notNull().default(1),
    source: text("source"),
    locale: text("locale", { enum: ["en", "sv"] }).notNull(),
    note: text("note"),
    showSkills: text("show_skills"),
    /** sha256 of the candidate's private status token; the token itself is never stored. */
    statusTokenHash: text("status_token_hash").notNull(),
    stageEnteredAt: integer("stage_entered_at", { mode: "timestamp_ms" }).notNull(),
    /** Why the team said no (a key of REJECTION_REASONS), and the words kept for the candidate. */
    rejectionReason: text("rejection_reason"),
    candidateFeedback: text("candidate_feedback"),
    backgroundCheck: text("background_check", { enum: BACKGROUND_CHECK_STATUSES }).notNull().default("not_started"),
    /**
     * Report facts, kept by triggers on application_events (migration 0007), never written by code:
     * the highest position among the stages the application has entered (recomputed when a stage
     * moves), and the time of its first hired event.
     */
    furthestPosition: integer("furthest_position"),
    hiredAt: integer("hired_at"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("applications_status_token_unique").on(t.statusTokenHash),
    // Several after a merge: one person, many applications.
    index("applications_candidate_idx").on(t.candidateId),
    index("applications_board_idx").on(t.jobId, t.status, t.stageId, t.createdAt),
    index("applications_job_created_idx").on(t.jobId, t.createdAt),
    // Covers every report query over a period's applications (funnel, sources, hires, drop-off).
    index("applications_report_idx").on(
      t.createdAt,
      t.jobId,
      t.status,
      t.source,
      t.furthestPosition,
      t.hiredAt,
      t.stageId,
      t.rejectionReason,
    ),
  ],
);

export const files = sqliteTable(
  "files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["cv"] })
      .notNull()
      .default("cv"),
    originalName: text("original_name").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    detectedType: text("detected_type", { enum: ["pdf", "docx", "odt"] }).notNull(),
    mimeType: text("mime_type").notNull(),
    /** Random name under UPLOAD_DIR; never derived from the uploaded name. */
    storageKey: text("storage_key").notNull(),
    createdAt: createdAt(),
    /**
     * Its text for search (lib/cv-text/): pending until the background runner has read it, then
     * "text" (a cv_texts row holds it) or "none" with textNote saying why.
     */
    textState: text("text_state", { enum: ["pending", "text", "none"] })
      .notNull()
      .default("pending"),
    textNote: text("text_note", { enum: CV_TEXT_NOTES }),
    /** Claims by the runner (each one counts, so a CV that kills its reader is not tried forever). */
    textAttempts: integer("text_attempts").notNull().default(0),
    textLeaseUntil: integer("text_lease_until", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("files_storage_key_unique").on(t.storageKey),
    index("files_application_idx").on(t.applicationId),
    index("files_text_state_idx").on(t.textState),
  ],
);

/**
 * The text read from a CV, at most 2 MB, for the application page, the export and search: the
 * full-text index (application_fts, a custom migration per backend) is kept from it by triggers.
 */
export const cvTexts = sqliteTable(
  "cv_texts",
  {
    fileId: integer("file_id")
      .primaryKey()
      .references(() => files.id, { onDelete: "cascade" }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** True when the CV had more than the 2 MB kept. */
    truncated: integer("truncated", { mode: "boolean" }).notNull().default(false),
    extractedAt: integer("extracted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("cv_texts_application_idx").on(t.applicationId)],
);

export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["privacy_notice", "future_roles"] }).notNull(),
    noticeVersion: text("notice_version").notNull(),
    /** The words the candidate agreed to, as shown to them. */
    text: text("text").notNull(),
    givenAt: integer("given_at", { mode: "timestamp_ms" }).notNull(),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("consents_application_idx").on(t.applicationId)],
);

export const applicationEvents = sqliteTable(
  "application_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    actorType: text("actor_type", { enum: ["candidate", "user", "system"] }).notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    /** For the system: which job acted (retention, knockouts, a command line). */
    actorJob: text("actor_job"),
    kind: text("kind").notNull(),
    fromStageId: integer("from_stage_id").references(() => stages.id),
    toStageId: integer("to_stage_id").references(() => stages.id),
    fromStatus: text("from_status", { enum: APPLICATION_STATUSES }),
    toStatus: text("to_status", { enum: APPLICATION_STATUSES }),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  // Covers what the timeline and the reports read of each application's events, in order.
  (t) => [
    index("application_events_application_idx").on(
      t.applicationId,
      t.createdAt,
      t.id,
      t.kind,
      t.toStageId,
      t.fromStatus,
    ),
  ],
);

/**
 * Each stay of an application in a stage: opened by the event that entered the stage (applied,
 * moved, reopened) and closed by the next one that moved it on or closed it, with its length in
 * whole hours. Kept by triggers on application_events (migration 0007) so the reports read
 * finished stays instead of pairing events; the job and applying time are copied for the cohort.
 */
export const applicationStays = sqliteTable(
  "application_stays",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id),
    appliedAt: integer("applied_at").notNull(),
    stageId: integer("stage_id")
      .notNull()
      .references(() => stages.id),
    enteredAt: integer("entered_at").notNull(),
    leftAt: integer("left_at"),
    /** Rounded to the nearest hour; null while the application is still in the stage. */
    hours: integer("hours"),
  },
  (t) => [
    index("application_stays_open_idx")
      .on(t.applicationId)
      .where(sql`hours is null`),
    index("application_stays_period_idx")
      .on(t.stageId, t.hours, t.appliedAt)
      .where(sql`hours is not null`),
    index("application_stays_job_idx")
      .on(t.jobId, t.appliedAt, t.stageId, t.hours)
      .where(sql`hours is not null`),
  ],
);

export { ROLES, type Role } from "./enums";
export {
  BACKGROUND_CHECK_STATUSES,
  CV_TEXT_NOTES,
  INTERVIEW_KINDS,
  RECOMMENDATIONS,
  REFEREE_STATUSES,
  type BackgroundCheckStatus,
  type Recommendation,
} from "./enums";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased email: unique, so addresses are compared case-insensitively. */
    emailKey: text("email_key").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    passwordHash: text("password_hash").notNull(),
    /** Bumped on deactivation, role or password change: sessions carrying an older value end. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** The language the user chose for the staff UI and their emails; null follows the browser. */
    locale: text("locale", { enum: ["en", "sv"] }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("users_email_key_unique").on(t.emailKey)],
);

/** Failed sign-ins, kept for the lockout window so the limits survive a restart. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ip: text("ip").notNull(),
    emailKey: text("email_key").notNull(),
    /** The device cookie the attempt carried (valid for that account), or null for an unknown browser. */
    deviceId: text("device_id"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("login_failures_ip_at_idx").on(t.ip, t.at),
    index("login_failures_ip_email_idx").on(t.ip, t.emailKey, t.at),
    index("login_failures_email_at_idx").on(t.emailKey, t.at),
    index("login_failures_device_at_idx").on(t.deviceId, t.at),
  ],
);

/**
 * One row per sign-in. The session cookie carries a random id whose hash is this row's key, so
 * sign-out, "end this session" and an admin's "end all" take effect on the very next request.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    /** The absolute end (SESSION_MAX_DAYS after sign-in), however often the cookie is renewed. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.lastSeenAt)],
);

/**
 * A user's time-based one-time password (RFC 6238). The secret is sealed with a key derived from
 * AUTH_SECRET (lib/security/sealed.ts); until a first code confirms it, `confirmedAt` is null and
 * it protects nothing. `lastStep` is the time step of the last code accepted: a code from that
 * step or earlier is refused, so a code seen over someone's shoulder cannot be used again.
 */
export const secondFactors = sqliteTable("second_factors", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretSealed: text("secret_sealed").notNull(),
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  lastStep: integer("last_step"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

/** Single-use recovery codes, ten per enrolment, kept as SHA-256 hashes only. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * A single sign-on identity linked to a user: the provider's subject, not the email, names them
 * once linked (an email may change hands at the provider; a subject does not).
 */
export const accounts = sqliteTable(
  "accounts",
  {
    provider: text("provider").notNull(),
    subject: text("subject").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] }), index("accounts_user_idx").on(t.userId)],
);

export const notes = sqliteTable(
  "notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorUserId: integer("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    searchText: text("search_text").notNull(),
    /** Ids of the colleagues @mentioned in the body. */
    mentions: text("mentions", { mode: "json" })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("notes_application_idx").on(t.applicationId, t.createdAt)],
);

/**
 * What the board's search reads: one row per application with the folded text a recruiter can
 * find it by (the candidate's name and email, then each note, a line each), next to its job. Kept
 * by triggers on applications, candidates and notes (migration 0008), never written by the app.
 * A search scans one job's slice of the covering index, instead of reaching into the candidates
 * table and the notes index once per application of the job.
 */
export const applicationSearch = sqliteTable(
  "application_search",
  {
    applicationId: integer("application_id")
      .primaryKey()
      .references(() => applications.id, { onDelete: "cascade" }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id),
    body: text("body").notNull(),
  },
  (t) => [index("application_search_job_idx").on(t.jobId, t.body)],
);

export const applicationTags = sqliteTable(
  "application_tags",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.tag] }),
    index("application_tags_tag_idx").on(t.tag, t.applicationId),
  ],
);

export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * Every email goes here first, written in the same transaction as the change it tells about;
 * a worker delivers it, retrying with backoff, so a message survives a mail server outage.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    applicationId: integer("application_id").references(() => applications.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    toName: text("to_name"),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** Until when a worker holds the message; a crashed worker's claim simply runs out. */
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    /** Which worker's claim it is: only that worker may record the outcome or send it. */
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    /** Files sent with the message, such as an interview's calendar invite. */
    attachments: text("attachments", { mode: "json" }).$type<MailAttachment[]>(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_application_idx").on(t.applicationId)],
);

/**
 * Fixed-window request counters (lib/security/rate-limit.ts), in the database so that every
 * instance counts against the same limit. A row whose window has passed is deleted by the
 * periodic run, or simply starts a new window when its key comes back.
 */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    /** Which limit (`apply`, `lost-link` ...). */
    name: text("name").notNull(),
    /** What it counts: an address, a recipient. */
    key: text("key").notNull(),
    windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index("rate_limits_window_idx").on(t.name, t.windowStart)],
);

/**
 * Status links mailed by the lost-link form and not opened yet. The application's own token keeps
 * working until one of these is opened; that one then becomes the token and the rest go.
 */
export const statusLinks = sqliteTable(
  "status_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("status_links_token_unique").on(t.tokenHash),
    index("status_links_application_idx").on(t.applicationId),
  ],
);

/** What the system did on its own (retention runs and the like), for the audit trail. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    action: text("action").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_action_idx").on(t.action, t.createdAt)],
);

/** What interviewers rate, per job: drawn from the posting, editable by recruiters and admins. */
export const jobAttributes = sqliteTable(
  "job_attributes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
    /** A plus, not a must-have: shown as such on the scorecard. */
    optional: integer("optional", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("job_attributes_job_key_unique").on(t.jobId, t.key),
    index("job_attributes_job_position_idx").on(t.jobId, t.position),
  ],
);

export const interviews = sqliteTable(
  "interviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** The stage the interview belongs to (meet your future manager or technical interviews). */
    stageId: integer("stage_id")
      .notNull()
      .references(() => stages.id),
    kind: text("kind", { enum: INTERVIEW_KINDS }).notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    videoUrl: text("video_url"),
    createdByUserId: integer("created_by_user_id")
      .notNull()
      .references(() => users.id),
    /** Bumped when the time changes, so calendar clients replace the invite they hold. */
    sequence: integer("sequence").notNull().default(0),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("interviews_application_idx").on(t.applicationId), index("interviews_starts_idx").on(t.startsAt)],
);

export const interviewers = sqliteTable(
  "interviewers",
  {
    interviewId: integer("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.userId] }),
    index("interviewers_user_idx").on(t.userId, t.interviewId),
  ],
);

/** What one interviewer wrote about one interview: a rating 1-4 (or none) and a note per attribute. */
export type ScorecardContent = {
  ratings: Record<string, number>;
  attributeNotes: Record<string, string>;
  recommendation: Recommendation | null;
  notes: string;
  candidateFeedback: string;
};

/** One per interview and interviewer. A draft is private to its author; submitting makes it evidence. */
export const scorecards = sqliteTable(
  "scorecards",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    interviewId: integer("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    content: text("content", { mode: "json" }).$type<ScorecardContent>().notNull(),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** Set on each amend after the first submission. */
    amendedAt: integer("amended_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("scorecards_interview_user_unique").on(t.interviewId, t.userId),
    index("scorecards_user_idx").on(t.userId),
  ],
);

/** Every submitted version of a scorecard, so an amend never rewrites what the team already read. */
export const scorecardRevisions = sqliteTable(
  "scorecard_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scorecardId: integer("scorecard_id")
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    content: text("content", { mode: "json" }).$type<ScorecardContent>().notNull(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("scorecard_revisions_scorecard_idx").on(t.scorecardId, t.createdAt)],
);

export const referees = sqliteTable(
  "referees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    relation: text("relation").notNull(),
    contact: text("contact").notNull(),
    status: text("status", { enum: REFEREE_STATUSES }).notNull().default("requested"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("referees_application_idx").on(t.applicationId)],
);

export { QUESTION_KINDS, type QuestionKind } from "./enums";
export type QuestionOption = { key: string; label: Localized };
/** Answers (yes/no, or option keys) that reject, the reason recorded, and the words sent. */
export type Knockout = { answers: string[]; reason: string; message: Localized };

/** The custom questions of a job's apply form, beside the built-in fields. */
export const jobQuestions = sqliteTable(
  "job_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    /** Stable once created: answers and the multipart field `q_{key}` refer to it. */
    key: text("key").notNull(),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    label: text("label", { mode: "json" }).$type<Localized>().notNull(),
    required: integer("required", { mode: "boolean" }).notNull().default(false),
    options: text("options", { mode: "json" })
      .$type<QuestionOption[]>()
      .notNull()
      .default(sql`'[]'`),
    knockout: text("knockout", { mode: "json" }).$type<Knockout>(),
  },
  (t) => [
    uniqueIndex("job_questions_job_key_unique").on(t.jobId, t.key),
    index("job_questions_job_position_idx").on(t.jobId, t.position),
  ],
);

/** What a candidate answered to a custom question; the label is kept as they saw it. */
export const applicationAnswers = sqliteTable(
  "application_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    questionKey: text("question_key").notNull(),
    label: text("label").notNull(),
    /** The text typed, "yes"/"no", or the chosen option's key. */
    value: text("value").notNull(),
    /** The answer in words, as shown to the candidate (the option's label, "Yes"). */
    display: text("display").notNull(),
  },
  (t) => [uniqueIndex("application_answers_unique").on(t.applicationId, t.questionKey)],
);

/**
 * A knockout answer does not reject at once: the rejection waits KNOCKOUT_DELAY_HOURS, like a
 * person's decision would, and is dropped if the team moves the application before then.
 */
export const scheduledRejections = sqliteTable(
  "scheduled_rejections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** The stage it sat in when scheduled; a move out of it by the team cancels the rejection. */
    stageId: integer("stage_id")
      .notNull()
      .references(() => stages.id),
    questionKey: text("question_key").notNull(),
    reason: text("reason").notNull(),
    message: text("message").notNull(),
    dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    outcome: text("outcome", { enum: ["rejected", "skipped"] }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("scheduled_rejections_application_unique").on(t.applicationId),
    index("scheduled_rejections_due_idx").on(t.doneAt, t.dueAt),
  ],
);

/**
 * The wording of a candidate message (lib/mail/template.ts) per language: the organisation's
 * (no job) or one job's override. No row means the built-in text; "reset to default" deletes it.
 */
export const messageTemplates = sqliteTable(
  "message_templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    locale: text("locale", { enum: ["en", "sv"] }).notNull(),
    jobId: integer("job_id").references(() => jobs.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("message_templates_org_unique")
      .on(t.kind, t.locale)
      .where(sql`job_id is null`),
    uniqueIndex("message_templates_job_unique")
      .on(t.jobId, t.kind, t.locale)
      .where(sql`job_id is not null`),
  ],
);

export type Job = typeof jobs.$inferSelect;
export type User = typeof users.$inferSelect;
export type Stage = typeof stages.$inferSelect;
export type Application = typeof applications.$inferSelect;
export type Candidate = typeof candidates.$inferSelect;
export type StoredFile = typeof files.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type Scorecard = typeof scorecards.$inferSelect;
export type JobAttribute = typeof jobAttributes.$inferSelect;
export type JobQuestion = typeof jobQuestions.$inferSelect;

/**
 * Where events go (lib/webhooks): a signed Standard Webhooks receiver or a chat's incoming
 * webhook. Signing secrets are stored sealed (lib/security/secret-box.ts), never in plain text.
 */
export const webhookEndpoints = sqliteTable("webhook_endpoints", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: WEBHOOK_KINDS }).notNull(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  /** Event types it receives, or ["all"]. */
  events: text("events", { mode: "json" }).$type<string[]>().notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** Why it was paused by the runner (failing for days); null when an admin paused it or it is active. */
  pausedReason: text("paused_reason"),
  /** May receive the candidate's name and email; the admin's stated reason is kept beside it. */
  personalData: integer("personal_data", { mode: "boolean" }).notNull().default(false),
  personalDataReason: text("personal_data_reason"),
  secret: text("secret"),
  /** After a rotation, the old secret keeps signing alongside the new one until this moment. */
  previousSecret: text("previous_secret"),
  previousSecretUntil: integer("previous_secret_until", { mode: "timestamp_ms" }),
  /** Since when every attempt has failed; cleared by a success. */
  failingSince: integer("failing_since", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * One event on its way to one endpoint, written with the event (recordEvent). The body holds no
 * personal data: an endpoint allowed it gets the name and email added as it is sent.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    endpointId: integer("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The webhook-id header: the same on every attempt and on a resend, so receivers can skip repeats. */
    messageId: text("message_id").notNull(),
    type: text("type").notNull(),
    applicationId: integer("application_id").references(() => applications.id, { onDelete: "set null" }),
    payload: text("payload", { mode: "json" })
      .$type<{ type: string; timestamp: string; data: Record<string, unknown> }>()
      .notNull(),
    status: text("status", { enum: ["pending", "sending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    claimedBy: text("claimed_by"),
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_order_idx").on(t.endpointId, t.applicationId, t.id),
    index("webhook_deliveries_application_idx").on(t.applicationId),
  ],
);

/** Each try of a delivery, kept 30 days: what the receiver answered (its first 1 KB) and how fast. */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    deliveryId: integer("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms").notNull(),
    response: text("response").notNull().default(""),
    error: text("error"),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId), index("webhook_attempts_at_idx").on(t.at)],
);

export const SCHEDULING_STATES = ["requested", "booked", "expired", "cancelled"] as const;
export type SchedulingState = (typeof SCHEDULING_STATES)[number];

/**
 * A link that lets the candidate pick an interview time themselves (lib/scheduling/requests.ts).
 * The token is kept as its hash only, like the status link's. `requiredCount` is how many of the
 * interviewers must attend: all of them, or any N.
 */
export const schedulingRequests = sqliteTable(
  "scheduling_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    stageId: integer("stage_id")
      .notNull()
      .references(() => stages.id),
    kind: text("kind", { enum: INTERVIEW_KINDS }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    interviewerIds: text("interviewer_ids", { mode: "json" }).$type<number[]>().notNull(),
    requiredCount: integer("required_count").notNull(),
    windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
    windowEnd: integer("window_end", { mode: "timestamp_ms" }).notNull(),
    minNoticeMinutes: integer("min_notice_minutes").notNull(),
    bufferMinutes: integer("buffer_minutes").notNull(),
    videoUrl: text("video_url"),
    note: text("note"),
    state: text("state", { enum: SCHEDULING_STATES }).notNull().default("requested"),
    tokenHash: text("token_hash").notNull(),
    createdByUserId: integer("created_by_user_id")
      .notNull()
      .references(() => users.id),
    interviewId: integer("interview_id").references(() => interviews.id, { onDelete: "set null" }),
    /** When the 24-hour reminders were queued for the booked time; cleared by a reschedule. */
    remindedAt: integer("reminded_at", { mode: "timestamp_ms" }),
    /**
     * The interviewers' CalDAV calendars follow the booking outside its transaction
     * (lib/scheduling/calendar-sync.ts): each change raises `calendarWanted`; a sync that wrote
     * every calendar records it as `calendarDone` and who holds the event now.
     */
    calendarWanted: integer("calendar_wanted").notNull().default(0),
    calendarDone: integer("calendar_done").notNull().default(0),
    calendarUserIds: text("calendar_user_ids", { mode: "json" })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("scheduling_requests_token_unique").on(t.tokenHash),
    index("scheduling_requests_application_idx").on(t.applicationId),
    index("scheduling_requests_state_idx").on(t.state, t.windowEnd),
    index("scheduling_requests_calendar_idx").on(t.calendarDone, t.calendarWanted),
  ],
);
export type SchedulingRequest = typeof schedulingRequests.$inferSelect;

/** One interviewer's hours for interviews: wall-clock ranges per ISO weekday (1 = Monday), "HH:MM". */
export type WeeklyHours = Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { start: string; end: string }[]>;

/** When a staff user can interview, in their own IANA time zone. */
export const staffAvailability = sqliteTable("staff_availability", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull(),
  weeklyHours: text("weekly_hours", { mode: "json" }).$type<WeeklyHours>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const CALENDAR_KINDS = ["caldav", "ics"] as const;

/**
 * A staff user's calendar, read for free/busy only. The URL (an ICS feed's URL is itself a
 * secret) and the password are sealed (lib/security/secret-box.ts); `host` is what the UI shows.
 */
export const calendarConnections = sqliteTable("calendar_connections", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: CALENDAR_KINDS }).notNull(),
  host: text("host").notNull(),
  sealedUrl: text("sealed_url").notNull(),
  username: text("username"),
  sealedPassword: text("sealed_password"),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * A recruiter's merge of one candidate record into another: which applications moved from where,
 * so an undo (within 30 days) puts exactly those back. The merged record itself is kept, hidden.
 */
export const candidateMerges = sqliteTable(
  "candidate_merges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    keptCandidateId: integer("kept_candidate_id")
      .notNull()
      .references(() => candidates.id),
    mergedCandidateId: integer("merged_candidate_id")
      .notNull()
      .references(() => candidates.id),
    /** The application ids that moved from the merged record to the kept one. */
    applicationIds: text("application_ids", { mode: "json" }).$type<number[]>().notNull(),
    byUserId: integer("by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    undoneAt: integer("undone_at", { mode: "timestamp_ms" }),
    undoneByUserId: integer("undone_by_user_id").references(() => users.id),
  },
  (t) => [
    index("candidate_merges_kept_idx").on(t.keptCandidateId),
    index("candidate_merges_merged_idx").on(t.mergedCandidateId),
  ],
);

/**
 * The one email asking whether to keep a future-roles consent that is about to lapse: sent once
 * per consent (the unique key), answered by a one-click link whose token is stored hashed.
 */
export const consentRenewals = sqliteTable(
  "consent_renewals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    consentId: integer("consent_id")
      .notNull()
      .references(() => consents.id, { onDelete: "cascade" }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    answer: text("answer", { enum: ["keep", "withdraw"] }),
  },
  (t) => [
    uniqueIndex("consent_renewals_consent_unique").on(t.consentId),
    uniqueIndex("consent_renewals_token_unique").on(t.tokenHash),
  ],
);

/** An invitation from the talent pool to apply for an open job; its token unsubscribes (hashed at rest). */
export const talentInvites = sqliteTable(
  "talent_invites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    byUserId: integer("by_user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    unsubscribedAt: integer("unsubscribed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("talent_invites_token_unique").on(t.tokenHash),
    index("talent_invites_application_idx").on(t.applicationId),
  ],
);
