/** Plain lists shared by the schema, the forms and the server, free of database code so forms can import them. */
export const INTERVIEW_KINDS = ["manager_meeting", "system_design", "programming", "technical", "other"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const REFEREE_STATUSES = ["requested", "received", "concerns"] as const;
export const BACKGROUND_CHECK_STATUSES = ["not_started", "in_progress", "completed", "concerns"] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];
