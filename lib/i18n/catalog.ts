import enScorecard from "@/messages/en/scorecard.json";
import svScorecard from "@/messages/sv/scorecard.json";
import enApplication from "@/messages/en/application.json";
import svApplication from "@/messages/sv/application.json";
import enBoard from "@/messages/en/board.json";
import svBoard from "@/messages/sv/board.json";
import enEmails from "@/messages/en/emails.json";
import svEmails from "@/messages/sv/emails.json";
import enCommon from "@/messages/en/common.json";
import enNav from "@/messages/en/nav.json";
import enAccount from "@/messages/en/account.json";
import svCommon from "@/messages/sv/common.json";
import svNav from "@/messages/sv/nav.json";
import svAccount from "@/messages/sv/account.json";
import enFeedback from "@/messages/en/feedback.json";
import svFeedback from "@/messages/sv/feedback.json";
import enInterviews from "@/messages/en/interviews.json";
import svInterviews from "@/messages/sv/interviews.json";
import enOverview from "@/messages/en/overview.json";
import svOverview from "@/messages/sv/overview.json";
import enAuth from "@/messages/en/auth.json";
import svAuth from "@/messages/sv/auth.json";
import enJobAdmin from "@/messages/en/jobAdmin.json";
import svJobAdmin from "@/messages/sv/jobAdmin.json";
import enUsers from "@/messages/en/users.json";
import svUsers from "@/messages/sv/users.json";
import enAudit from "@/messages/en/audit.json";
import svAudit from "@/messages/sv/audit.json";
import enReports from "@/messages/en/reports.json";
import svReports from "@/messages/sv/reports.json";
import enOutbox from "@/messages/en/outbox.json";
import svOutbox from "@/messages/sv/outbox.json";
import enScheduling from "@/messages/en/scheduling.json";
import svScheduling from "@/messages/sv/scheduling.json";
import enMessages from "@/messages/en/messages.json";
import svMessages from "@/messages/sv/messages.json";
import enIntegrations from "@/messages/en/integrations.json";
import svIntegrations from "@/messages/sv/integrations.json";
import enSearch from "@/messages/en/search.json";
import svSearch from "@/messages/sv/search.json";
import enTalent from "@/messages/en/talent.json";
import svTalent from "@/messages/sv/talent.json";
import { CANDIDATE_CATALOGS } from "./candidate-catalog";
import enCommands from "@/messages/en/commands.json";
import svCommands from "@/messages/sv/commands.json";
import enValidation from "@/messages/en/validation.json";
import svValidation from "@/messages/sv/validation.json";
import type { Locale } from "./locales";

/**
 * The message catalogs, one JSON file per language and namespace under messages/. English is the
 * reference: its shape is the type every other language must match (tests/unit/i18n-catalogs.test.ts
 * checks keys and ICU arguments). The candidate pages' namespaces come from ./candidate-catalog, so
 * their client components load only those (the staff catalogs would add about 40 KB gzip to the
 * apply page).
 */
const en = {
  ...CANDIDATE_CATALOGS.en,
  common: enCommon,
  nav: enNav,
  account: enAccount,
  emails: enEmails,
  scorecard: enScorecard,
  application: enApplication,
  board: enBoard,
  feedback: enFeedback,
  interviews: enInterviews,
  overview: enOverview,
  auth: enAuth,
  jobAdmin: enJobAdmin,
  users: enUsers,
  audit: enAudit,
  reports: enReports,
  outbox: enOutbox,
  scheduling: enScheduling,
  messages: enMessages,
  integrations: enIntegrations,
  search: enSearch,
  talent: enTalent,
  commands: enCommands,
  validation: enValidation,
};

export type Messages = typeof en;

export const CATALOGS: Record<Locale, Messages> = {
  en,
  sv: {
    ...CANDIDATE_CATALOGS.sv,
    common: svCommon,
    nav: svNav,
    account: svAccount,
    emails: svEmails,
    scorecard: svScorecard,
    application: svApplication,
    board: svBoard,
    feedback: svFeedback,
    interviews: svInterviews,
    overview: svOverview,
    auth: svAuth,
    jobAdmin: svJobAdmin,
    users: svUsers,
    audit: svAudit,
    reports: svReports,
    outbox: svOutbox,
    scheduling: svScheduling,
    messages: svMessages,
    integrations: svIntegrations,
    search: svSearch,
    talent: svTalent,
    commands: svCommands,
    validation: svValidation,
  },
};
