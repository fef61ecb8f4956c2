import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import type { DropRow, FeedbackRow, HoursRow, ReachRow, StageRow, WeekRow } from "./compute";
import type { Period } from "./period";

/**
 * The SQL behind the reports: each query aggregates in SQLite and returns a few hundred compact
 * rows at most, so 100,000 applications never travel into JavaScript one by one. The cohort is
 * the applications created in the period (in one job, or all); durations are rounded to the hour.
 */
export type Scope = { jobId: number | null; period: Period };

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Events that put an application into a stage, and those that end its stay there. */
const ENTERS = sql`('applied', 'moved', 'reopened')`;
const LEAVES = sql`('moved', 'hired', 'rejected', 'withdrawn', 'erased', 'anonymised')`;

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
const monday = (ms: SQL) => sql`date((${ms}) / 1000, 'unixepoch', 'weekday 0', '-6 days')`;

export function stageRows(jobId: number | null): StageRow[] {
  const where = jobId === null ? sql`` : sql`where job_id = ${jobId}`;
  return db().all<StageRow>(sql`select job_id as jobId, key, position, staff_name as name from stages ${where} order by job_id, position`);
}

/**
 * Per application, the furthest stage position it entered (every stage change writes an event
 * with its target stage, intake included) and, when hired now, the hours from applying to its
 * first hired event; then counted per job, source, hired, that position and those hours.
 */
export function reachRows(scope: Scope): ReachRow[] {
  return db().all<ReachRow>(sql`
    select jobId, source, hired, furthest, hireHours, count(*) as n from (
      select a.job_id as jobId, a.source as source, a.status = 'hired' as hired, max(s.position) as furthest,
        case when a.status = 'hired' then ${hours(sql`min(case when e.kind = 'hired' then e.created_at end) - a.created_at`)} end as hireHours
      from applications a join application_events e on e.application_id = a.id join stages s on s.id = e.to_stage_id
      where ${cohort(scope)}
      group by a.id
    ) group by jobId, source, hired, furthest, hireHours`);
}

/**
 * Completed stays: an event that entered a stage, up to the next event that moved the application
 * on or closed it. Stays still open are left out (they have no length yet).
 */
export function stayRows(scope: Scope): HoursRow[] {
  // The cohort as an id list lets SQLite walk the covering events index in (application, time)
  // order, so the window needs no sort; grouping by stage id before naming the stage keeps it small.
  return db().all<HoursRow>(sql`
    select s.key as key, g.hours as hours, sum(g.n) as n from (
      select stageId, ${hours(sql`nextAt - at`)} as hours, count(*) as n from (
        select e.kind as kind, e.to_stage_id as stageId, e.created_at as at,
          lead(e.created_at) over (partition by e.application_id order by e.created_at, e.id) as nextAt
        from application_events e
        where e.application_id in (select a.id from applications a where ${cohort(scope)})
          and (e.kind in ${ENTERS} or (e.kind in ${LEAVES} and coalesce(e.from_status, 'active') = 'active'))
      ) where kind in ${ENTERS} and nextAt is not null
      group by stageId, hours
    ) g join stages s on s.id = g.stageId
    group by s.key, g.hours`);
}

/** Rejected and withdrawn applications by the stage they were in (a closed application never moves). */
export function dropRows(scope: Scope): DropRow[] {
  return db().all<DropRow>(sql`
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
export function feedbackRows(scope: Scope, now: number): FeedbackRow[] {
  return db().all<FeedbackRow>(sql`
    select name, hours, overdue, count(*) as n from (
      select u.name as name,
        case when sc.submitted_at is null then null else ${hours(sql`max(sc.submitted_at - ended, 0)`)} end as hours,
        coalesce(sc.submitted_at, ${now}) - ended > ${DAY} as overdue
      from (
        select i.id as id, coalesce(i.starts_at + i.duration_minutes * 60000, i.created_at) as ended
        from applications a join interviews i on i.application_id = a.id
        where ${cohort(scope)} and i.cancelled_at is null
      ) iv
      join interviewers ir on ir.interview_id = iv.id
      join users u on u.id = ir.user_id
      left join scorecards sc on sc.interview_id = iv.id and sc.user_id = ir.user_id and sc.submitted_at is not null
      where sc.submitted_at is not null or iv.ended <= ${now}
    ) group by name, hours, overdue`);
}

export function receivedByWeek(scope: Scope): WeekRow[] {
  return db().all<WeekRow>(sql`
    select ${monday(sql`a.created_at`)} as monday, count(*) as n from applications a where ${cohort(scope)} group by monday`);
}

/** Hires by the week of the hire, for hires that happened in the period (whenever they applied). */
export function hiredByWeek({ jobId, period }: Scope): WeekRow[] {
  const job = jobId === null ? sql`` : sql`a.job_id = ${jobId} and `;
  return db().all<WeekRow>(sql`
    select ${monday(sql`at`)} as monday, count(*) as n from (
      select (select min(e.created_at) from application_events e where e.application_id = a.id and e.kind = 'hired') as at
      from applications a where ${job}a.status = 'hired'
    ) where at between ${period.fromMs} and ${period.toMs} group by monday`);
}
