import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { read } from "@/db";
import { inIds } from "@/db/id-list";
import { applications } from "@/db/schema";
import { FEEDBACK_OVERDUE_MS } from "./feedback-due";

/**
 * True for an application with an interview that has ended while one of its interviewers has not
 * submitted a scorecard; `graceMs` later makes it "overdue" instead of "missing".
 */
export function feedbackMissing(now: number, graceMs = 0): SQL {
  return sql`exists (
    select 1 from interviews i
    join interviewers iv on iv.interview_id = i.id
    left join scorecards s on s.interview_id = i.id and s.user_id = iv.user_id and s.status = 'submitted'
    where i.application_id = ${applications.id} and i.cancelled_at is null and i.starts_at is not null
      and i.starts_at + i.duration_minutes * 60000 < ${now - graceMs} and s.id is null
  )`;
}

export const feedbackOverdue = (now: number) => feedbackMissing(now, FEEDBACK_OVERDUE_MS);

/** What a board card shows of interviews: how many are planned or done, and scorecards in versus expected. */
export type CardFeedback = {
  interviews: number;
  upcoming: number;
  submitted: number;
  expected: number;
  overdue: boolean;
};

export async function cardFeedback(ids: number[], now: number): Promise<Map<number, CardFeedback>> {
  const result = new Map<number, CardFeedback>();
  if (ids.length === 0) return result;
  // Camel-case aliases quoted: PostgreSQL folds unquoted ones to lower case.
  const rows = await read().all<{
    applicationId: number;
    interviewId: number;
    startsAt: number | null;
    duration: number;
    expected: number;
    submitted: number;
  }>(sql`
    select i.application_id as "applicationId", i.id as "interviewId", i.starts_at as "startsAt", i.duration_minutes as duration,
      (select count(*) from interviewers iv where iv.interview_id = i.id) as expected,
      (select count(*) from scorecards s where s.interview_id = i.id and s.status = 'submitted') as submitted
    from interviews i
    where i.cancelled_at is null and ${inIds(sql`i.application_id`, ids)}
  `);
  for (const r of rows) {
    const f = result.get(r.applicationId) ?? { interviews: 0, upcoming: 0, submitted: 0, expected: 0, overdue: false };
    const end = r.startsAt === null ? null : r.startsAt + r.duration * 60_000;
    f.interviews += 1;
    if (end === null || end > now) f.upcoming += 1;
    f.submitted += r.submitted;
    f.expected += r.expected;
    if (end !== null && now - end > FEEDBACK_OVERDUE_MS && r.submitted < r.expected) f.overdue = true;
    result.set(r.applicationId, f);
  }
  return result;
}
