import "server-only";
import { asc } from "drizzle-orm";
import { read } from "@/db";
import { jobs } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { ReportQuery } from "@/lib/validations/reports";
import type { Spread } from "./stats";
import {
  dropOff,
  feedback,
  funnel,
  sources,
  stageTimes,
  timeToHire,
  typicalStages,
  weekly,
  type DropOff,
  type FunnelStep,
  type SourceLine,
  type StageTime,
  type Turnaround,
  type Week,
} from "./compute";
import { cachedReport } from "./cache";
import { dayStart, defaultPeriod, isoWeekLabel, toPeriod, weeksOf } from "./period";
import {
  dropRows,
  feedbackRows,
  hiredByWeek,
  reachRows,
  receivedByWeek,
  stageRows,
  stayRows,
  type Scope,
} from "./queries";

export type Report = {
  job: { slug: string; title: string } | null;
  jobs: { slug: string; title: string }[];
  from: string;
  to: string;
  received: number;
  funnel: FunnelStep[];
  stageTimes: StageTime[];
  timeToHire: Spread;
  dropOff: DropOff;
  sources: SourceLine[];
  feedback: { overall: Turnaround; interviewers: Turnaround[] };
  weeks: Week[];
};

/**
 * The hiring reports for one job or all jobs over a period (by default the last 90 days), for
 * admins and recruiters. Invalid input is a 400 with field errors; an unknown job is a 404.
 * Erased candidates count like everyone else: every figure reads only the anonymous facts an
 * erase keeps (events, dates, stages, source, rejection reason).
 */
export async function getReport(actor: Actor | null, query: ReportQuery, now = Date.now()): Promise<Report> {
  requirePermission(actor, "reports.view");
  const to = query.to ?? defaultPeriod(now).to;
  const period = toPeriod(query.from ?? defaultPeriod(dayStart(to)).from, to);
  if (period.fromMs > period.toMs)
    throw new AppError("invalid", msg("common.invalidFields"), {
      errors: { from: msg("reports.startAfterEnd") },
    });

  const allJobs = await jobRows();
  const job = query.job ? allJobs.find((j) => j.slug === query.job) : undefined;
  if (query.job && !job)
    throw new AppError("not_found", msg("jobs.noSuchJob"), { errors: { job: msg("jobs.noSuchJob") } });
  const scope: Scope = { jobId: job?.id ?? null, period };
  const jobList = allJobs.map(({ slug, title }) => ({ slug, title }));
  return cachedReport(`${scope.jobId}|${period.from}|${period.to}`, now, () =>
    compute(scope, job ? { slug: job.slug, title: job.title } : null, jobList, now),
  );
}

async function jobRows() {
  return (
    await read()
      .select({ id: jobs.id, slug: jobs.slug, content: jobs.content })
      .from(jobs)
      .orderBy(asc(jobs.createdAt), asc(jobs.id))
      .all()
  ).map((j) => ({ id: j.id, slug: j.slug, title: j.content.en.title }));
}

/** The jobs a report can be narrowed to, for the form when the report itself could not be made. */
export async function reportJobs(actor: Actor | null): Promise<Report["jobs"]> {
  requirePermission(actor, "reports.view");
  return (await jobRows()).map(({ slug, title }) => ({ slug, title }));
}

async function compute(scope: Scope, job: Report["job"], jobList: Report["jobs"], now: number): Promise<Report> {
  const { period } = scope;
  const stages = await stageRows(scope.jobId);
  const order = typicalStages(stages);
  const reach = await reachRows(scope);
  return {
    job,
    jobs: jobList,
    from: period.from,
    to: period.to,
    received: reach.reduce((sum, r) => sum + r.n, 0),
    funnel: funnel(order, stages, reach),
    stageTimes: stageTimes(order, await stayRows(scope)),
    timeToHire: timeToHire(reach),
    dropOff: dropOff(order, await dropRows(scope)),
    sources: sources(stages, reach),
    feedback: feedback(await feedbackRows(scope, now)),
    weeks: weekly(
      weeksOf(period).map((monday) => ({ monday, week: isoWeekLabel(monday) })),
      await receivedByWeek(scope),
      await hiredByWeek(scope),
    ),
  };
}
