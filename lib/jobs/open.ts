import type { Job } from "@/db/schema";

/**
 * Whether a job takes applications: it is open and its closing date (inclusive, a calendar day
 * in UTC) has not passed. One rule for the intake, the posting, the careers page and the sitemap.
 */
export function takesApplications(job: Pick<Job, "status" | "validThrough">, now = new Date()): boolean {
  return job.status === "open" && (!job.validThrough || job.validThrough >= now.toISOString().slice(0, 10));
}

/** What the public sees: open, or closed (past its closing date counts as closed); drafts stay hidden. */
export function publicStatus(job: Pick<Job, "status" | "validThrough">, now = new Date()): "open" | "closed" {
  return takesApplications(job, now) ? "open" : "closed";
}
