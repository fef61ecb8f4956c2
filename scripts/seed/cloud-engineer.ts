import { eq } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { jobAttributes, jobs, stages } from "@/db/schema";
import { defaultAttributes } from "@/db/seed/scorecard-attributes";
import { cloudEngineerContent as c, defaultStages } from "@/db/seed/cloud-engineer-content";
import { EU_COUNTRIES } from "@/lib/geo/countries";

export const CLOUD_ENGINEER_SLUG = "cloud-engineer";

function pick(locale: "en" | "sv") {
  return {
    title: c.title[locale],
    team: c.team[locale],
    summary: c.summary[locale],
    body: c.body[locale],
    processNote: c.processNote[locale],
    startNote: c.startNote[locale],
  };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Creates the Cloud Engineer job with the default five-step process, unless it exists. */
export async function seedCloudEngineer(database: Database, now = new Date()): Promise<{ created: boolean }> {
  return database.write(async (tx) => {
    const existing = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.slug, CLOUD_ENGINEER_SLUG)).get();
    if (existing) {
      // A database seeded before scorecards existed gets the posting's attributes once.
      if (
        !(await tx
          .select({ id: jobAttributes.id })
          .from(jobAttributes)
          .where(eq(jobAttributes.jobId, existing.id))
          .get())
      )
        await insertAttributes(tx, existing.id);
      return { created: false };
    }
    const validThrough = new Date(now);
    validThrough.setUTCMonth(validThrough.getUTCMonth() + 6);
    const job = await tx
      .insert(jobs)
      .values({
        slug: CLOUD_ENGINEER_SLUG,
        status: "open",
        content: { en: pick("en"), sv: pick("sv") },
        location: {
          applicantCountries: [...EU_COUNTRIES],
          remote: true,
          offices: [{ city: "Stockholm", country: "SE" }],
        },
        employmentType: "FULL_TIME",
        salaryMin: 50_000,
        salaryMax: 80_000,
        salaryCurrency: "EUR",
        salaryPeriod: "YEAR",
        datePosted: isoDate(now),
        validThrough: isoDate(validThrough),
        updatedAt: now,
      })
      .returning({ id: jobs.id })
      .get();
    await tx
      .insert(stages)
      .values(
        defaultStages.map((s, position) => ({
          jobId: job.id,
          key: s.key,
          kind: s.kind,
          position,
          staffName: s.staffName,
          name: s.name,
          description: s.description,
          typicalDays: s.typicalDays,
        })),
      )
      .run();
    await insertAttributes(tx, job.id);
    return { created: true };
  });
}

type Writer = Pick<Tx, "insert">;

async function insertAttributes(tx: Writer, jobId: number): Promise<void> {
  await tx
    .insert(jobAttributes)
    .values(
      defaultAttributes.map((a, position) => ({
        jobId,
        key: a.key,
        label: a.label,
        description: a.description,
        optional: a.optional ?? false,
        position,
      })),
    )
    .run();
}
