import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { dialect, read } from "@/db";
import type { DropRow, FeedbackRow, HoursRow, ReachRow, StageRow, WeekRow } from "./compute";
import type { Period } from "./period";

/**
 * The SQL behind the reports: each query aggregates in SQLite and returns a few hundred compact
 * rows at most, so 100,000 applications never travel into JavaScript one by one. The cohort is
 * the applications created in the period (in one job, or all); durations are rounded to the hour.
 * The same text runs on PostgreSQL: camel-case aliases are quoted (it folds unquoted names to lower
 * case), every subquery in `from` has an alias, and flags are 1/0 as on SQLite.
 */
export type Scope = { jobId: number | null; period: Period };

const HOUR = 3_600_000;
const DAY = 86_400_000;

function cohort({ jobId, period }: Scope): SQL {
  const job = jobId === null ? sql`` : sql`a.job_id = ${jobId} and `;
  return sql`${job}a.created_at between ${period.fromMs} and ${period.toMs}`;
}

/**
 * Whole hours, rounded to nearest, of a millisecond difference. The constants are written into
 * the SQL because a bound JavaScript number arrives as a REAL, and SQLite then divides exactly.
 */
const hours = (ms: SQL) => sql`((${ms}) + ${sql.raw(String(HOUR / 2))}) / ${sql.raw(String(HOUR))}`;

/** Monday (UTC) of the week of a millisecond timestamp: 'weekday 0' moves to the next Sunday. */
const monday = (ms: SQL) => dialect().mondayOf(ms);

export async function stageRows(jobId: number | null): Promise<StageRow[]> {
  const where = jobId === null ? sql`` : sql`where job_id = ${jobId}`;
  return read().all<StageRow>(
    sql`select job_id as "jobId", key, position, staff_name as name from stages ${where} order by job_id, position`,
  );
}

/**
 * Applications counted per job, source, hired, the furthest stage position they entered and, when
 * hired now, the hours from applying to their first hired event. Both facts are kept on each
 * application by triggers as events are written (migration 0007), so this reads one index range.
 */
export async function reachRows(scope: Scope): Promise<ReachRow[]> {
  return read().all<ReachRow>(sql`
    select a.job_id as "jobId", a.source as source, case when a.status = 'hired' then 1 else 0 end as hired, a.furthest_position as furthest,
      case when a.status = 'hired' then ${hours(sql`a.hired_at - a.created_at`)} end as "hireHours", count(*) as n
    from applications a
    where ${cohort(scope)} and a.furthest_position is not null
    group by "jobId", source, hired, furthest, "hireHours"`);
}

/**
 * Completed stays (an event that entered a stage, up to the next one that moved the application
 * on or closed it), counted per stage and length in hours. Stays still open have no length yet.
 * The triggers of migration 0007 write each stay as its events are written.
 */
export async function stayRows({ jobId, period }: Scope): Promise<HoursRow[]> {
  const job = jobId === null ? sql`` : sql`st.job_id = ${jobId} and `;
  return read().all<HoursRow>(sql`
    select s.key as key, g.hours as hours, sum(g.n) as n from (
      select st.stage_id as "stageId", st.hours as hours, count(*) as n
      from application_stays st
      where ${job}st.applied_at between ${period.fromMs} and ${period.toMs} and st.hours is not null
      group by st.stage_id, st.hours
    ) g join stages s on s.id = g."stageId"
    group by s.key, g.hours`);
}

/** Rejected and withdrawn applications by the stage they were in (a closed application never moves). */
export async function dropRows(scope: Scope): Promise<DropRow[]> {
  return read().all<DropRow>(sql`
    select s.key as key, a.status as status, a.rejection_reason as reason, count(*) as n
    from applications a join stages s on s.id = a.stage_id
    where ${cohort(scope)} and a.status in ('rejected', 'withdrawn')
    group by s.key, a.status, a.rejection_reason`);
}

/**
 * One row per interviewer and rounded delay: from the interview's end (start plus duration, or
 * when it was booked if it has no time) to the scorecard's first submission. Cancelled interviews
 * and those that have not ended are left out.
 */
export async function feedbackRows(scope: Scope, now: number): Promise<FeedbackRow[]> {
  return read().all<FeedbackRow>(sql`
    select name, hours, overdue, count(*) as n from (
      select u.name as name,
        case when sc.submitted_at is null then null else ${hours(dialect().larger(sql`sc.submitted_at - ended`, sql`0`))} end as hours,
        case when coalesce(sc.submitted_at, ${now}) - ended > ${DAY} then 1 else 0 end as overdue
      from (
        select i.id as id, coalesce(i.starts_at + i.duration_minutes * 60000, i.created_at) as ended
        from applications a join interviews i on i.application_id = a.id
        where ${cohort(scope)} and i.cancelled_at is null
      ) iv
      join interviewers ir on ir.interview_id = iv.id
      join users u on u.id = ir.user_id
      left join scorecards sc on sc.interview_id = iv.id and sc.user_id = ir.user_id and sc.submitted_at is not null
      where sc.submitted_at is not null or iv.ended <= ${now}
    ) f group by name, hours, overdue`);
}

/** Applications received per week: counted per day first, so the date arithmetic runs once a day, not once a row. */
export async function receivedByWeek(scope: Scope): Promise<WeekRow[]> {
  return read().all<WeekRow>(sql`
    select ${monday(sql`d.day * ${sql.raw(String(DAY))}`)} as monday, sum(d.n) as n from (
      select a.created_at / ${sql.raw(String(DAY))} as day, count(*) as n from applications a where ${cohort(scope)} group by day
    ) d group by monday`);
}

/** Hires by the week of the (first) hire, for hires that happened in the period, whenever they applied. */
export async function hiredByWeek({ jobId, period }: Scope): Promise<WeekRow[]> {
  const job = jobId === null ? sql`` : sql`a.job_id = ${jobId} and `;
  return read().all<WeekRow>(sql`
    select ${monday(sql`a.hired_at`)} as monday, count(*) as n from applications a
    where ${job}a.status = 'hired' and a.hired_at between ${period.fromMs} and ${period.toMs} group by monday`);
}
