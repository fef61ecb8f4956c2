/** Plain lists shared by the schema, the forms and the server, free of database code so forms can import them. */

export {
  BACKGROUND_CHECK_STATUSES,
  INTERVIEW_KINDS,
  RECOMMENDATIONS,
  REFEREE_STATUSES,
  type BackgroundCheckStatus,
  type InterviewKind,
  type Recommendation,
} from "@/db/enums";
