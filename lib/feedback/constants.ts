/** Plain lists shared by the schema, the forms and the server, free of database code so forms can import them. */
import type { BackgroundCheckStatus } from "@/db/enums";
import { REFEREE_STATUSES } from "@/db/enums";

export {
  BACKGROUND_CHECK_STATUSES,
  INTERVIEW_KINDS,
  RECOMMENDATIONS,
  REFEREE_STATUSES,
  type BackgroundCheckStatus,
  type InterviewKind,
  type Recommendation,
} from "@/db/enums";

export const BACKGROUND_CHECK_LABELS: Record<BackgroundCheckStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  concerns: "Concerns raised",
};

export const REFEREE_STATUS_LABELS: Record<(typeof REFEREE_STATUSES)[number], string> = {
  requested: "Requested",
  received: "Received",
  concerns: "Concerns",
};
