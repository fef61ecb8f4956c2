/** Plain lists shared by the schema, the forms and the server, free of database code so forms can import them. */
export const INTERVIEW_KINDS = ["manager_meeting", "system_design", "programming", "technical", "other"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const REFEREE_STATUSES = ["requested", "received", "concerns"] as const;
export const BACKGROUND_CHECK_STATUSES = ["not_started", "in_progress", "completed", "concerns"] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];

export const BACKGROUND_CHECK_LABELS: Record<BackgroundCheckStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  concerns: "Concerns raised",
};

export const REFEREE_STATUS_LABELS: Record<(typeof REFEREE_STATUSES)[number], string> = { requested: "Requested", received: "Received", concerns: "Concerns" };
