import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, auditLog, jobQuestions, jobs, stages } from "@/db/schema";
import { getPublicJob, listOpenJobs } from "@/lib/jobs/queries";
import { createJob, setJobStatus, updateJob } from "@/lib/jobs/save-job";
import { getJobEditor } from "@/lib/jobs/editor-queries";
import { jobInput } from "@/lib/validations/job";
import { caught } from "../helpers/errors";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { jobData, jobFields } from "../helpers/jobs";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";

let t: TestData;
let recruiter: Actor;
let manager: Actor;
beforeAll(async () => {
  t = await createTestData({ PUBLIC_URL: "https://careers.example.eu" });
  recruiter = await addUser(t.db, "recruiter");
  manager = await addUser(t.db, "hiring_manager");
});
afterAll(() => t.cleanup());

const editorData = async (slug: string) => jobInput.parse((await getJobEditor(recruiter, slug)).values);

describe("creating and editing jobs", () => {
  it("creates a draft with the default stages, attributes and an audit entry naming the recruiter", async () => {
    const data = jobData();
    expect(await createJob(recruiter, data)).toEqual({ slug: data.slug, status: "draft" });
    const job = (await t.db.read().select().from(jobs).where(eq(jobs.slug, data.slug)).get())!;
    expect((await t.db.read().select().from(stages).where(eq(stages.jobId, job.id)).all()).map((s) => s.key)).toEqual([
      "applied",
      "initial_call",
      "manager_meeting",
      "technical_interviews",
      "decision",
      "references",
    ]);
    const entry = (await t.db.read().select().from(auditLog).where(eq(auditLog.action, "job.created")).all()).at(-1)!;
    expect(entry.data).toMatchObject({ slug: data.slug, actor: { id: recruiter.id } });
  });

  it("refuses a hiring manager (403) and stores nothing", async () => {
    const data = jobData();
    expect((await caught(() => createJob(manager, data))).code).toBe("forbidden");
    expect((await caught(() => setJobStatus(manager, "cloud-engineer", "closed"))).code).toBe("forbidden");
    expect(await t.db.read().select().from(jobs).where(eq(jobs.slug, data.slug)).get()).toBeUndefined();
  });

  it("validates slugs: format, reserved words, and uniqueness with a field error", async () => {
    for (const bad of ["a", "Cloud Engineer", "-x-y", "x--y", "new", "ünï"]) {
      expect(jobInput.safeParse(jobFields({ slug: bad })).success, bad).toBe(false);
    }
    expect(jobInput.parse(jobFields({ slug: "  Site-Reliability " })).slug).toBe("site-reliability");
    const e = await caught(() => createJob(recruiter, jobData({ slug: "cloud-engineer" })));
    expect(e.code).toBe("conflict");
    expect(e.fieldErrorsIn("en")?.slug).toMatch(/already uses this slug/);
    const other = jobData();
    await createJob(recruiter, other);
    expect(
      (await caught(() => updateJob(recruiter, other.slug, { ...other, slug: "cloud-engineer" }))).fieldErrorsIn("en")
        ?.slug,
    ).toBeDefined();
  });

  it("renames, reorders and adds stages keeping existing keys", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    const current = await editorData(data.slug);
    const [first, ...rest] = current.stages;
    const renamed = { ...rest[0]!, staffName: "Phone screen" };
    await updateJob(recruiter, data.slug, {
      ...current,
      stages: [
        first!,
        ...rest.slice(1),
        renamed,
        {
          kind: "other",
          staffName: "Work sample",
          name: { en: "Work sample", sv: "Arbetsprov" },
          description: { en: "A small task.", sv: "En liten uppgift." },
          typicalDays: 5,
        },
      ],
    });
    const after = (await getJobEditor(recruiter, data.slug)).values.stages;
    expect(after.map((s) => s.key)).toEqual([
      "applied",
      "manager_meeting",
      "technical_interviews",
      "decision",
      "references",
      "initial_call",
      "work_sample",
    ]);
    expect(after[5]!.staffName).toBe("Phone screen");
  });

  it("refuses to remove a stage an application sits in, with a clear message, and changes nothing", async () => {
    const current = await editorData("cloud-engineer");
    const res = await apply(validFields());
    expect(res.status).toBe(201);
    const withoutApplied = {
      ...current,
      content: { ...current.content, en: { ...current.content.en, title: "Changed" } },
      stages: current.stages.slice(1),
    };
    const e = await caught(() => updateJob(recruiter, "cloud-engineer", withoutApplied));
    expect(e.code).toBe("conflict");
    expect(e.fieldErrorsIn("en")?.stages).toMatch(/"Applied" cannot be removed: \d+ applications? sits? in it/);
    expect((await getPublicJob("cloud-engineer"))?.content.en.title).toBe("Cloud Engineer");
    expect((await getJobEditor(recruiter, "cloud-engineer")).values.stages).toHaveLength(current.stages.length);
  });

  it("removes an empty stage that no history refers to", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    const current = await editorData(data.slug);
    await updateJob(recruiter, data.slug, { ...current, stages: current.stages.filter((s) => s.key !== "decision") });
    expect((await getJobEditor(recruiter, data.slug)).values.stages.map((s) => s.key)).not.toContain("decision");
  });

  it("stores custom questions with stable keys and keeps the knockout answer out of the public job", async () => {
    const data = jobData({
      questions: [
        {
          kind: "single_choice",
          label: { en: "Notice period", sv: "Uppsägningstid" },
          required: true,
          options: [
            { label: { en: "None", sv: "Ingen" }, knockout: false },
            { label: { en: "Six months", sv: "Sex månader" }, knockout: true },
          ],
          knockoutAnswer: "",
          knockoutReason: "other",
          knockoutMessage: {
            en: "Thank you, we need someone sooner than that.",
            sv: "Tack, vi behöver någon tidigare än så.",
          },
        },
      ],
    });
    await createJob(recruiter, data);
    const row = (await t.db.read().select().from(jobQuestions).all()).at(-1)!;
    expect(row).toMatchObject({
      key: "notice_period",
      kind: "single_choice",
      options: [{ key: "none" }, { key: "six_months" }],
      knockout: { answers: ["six_months"], reason: "other" },
    });
    await setJobStatus(recruiter, data.slug, "open");
    expect(JSON.stringify(await getPublicJob(data.slug))).not.toContain("knockout");
  });
});

describe("draft, open, closed", () => {
  it("keeps a draft invisible to the public: no posting, not listed, applications refused with 404", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    expect(await getPublicJob(data.slug)).toBeNull();
    expect((await listOpenJobs()).map((j) => j.slug)).not.toContain(data.slug);
    const res = await apply(validFields(), { slug: data.slug });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found", message: "There is no open job at this address." });
  });

  it("opening publishes it, closing refuses new applications with 404 and a clear message but keeps the board", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    await setJobStatus(recruiter, data.slug, "open");
    expect((await getPublicJob(data.slug))?.status).toBe("open");
    expect((await apply(validFields(), { slug: data.slug })).status).toBe(201);

    await setJobStatus(recruiter, data.slug, "closed");
    const res = await apply(validFields(), { slug: data.slug });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      error: "not_found",
      message: "This role has been filled and no longer takes applications. Thank you for your interest!",
    });
    expect((await getPublicJob(data.slug))?.status).toBe("closed");
    expect((await listOpenJobs()).map((j) => j.slug)).not.toContain(data.slug);
    const job = (await t.db.read().select().from(jobs).where(eq(jobs.slug, data.slug)).get())!;
    expect(await t.db.read().select().from(applications).where(eq(applications.jobId, job.id)).all()).toHaveLength(1);
    expect((await caught(() => setJobStatus(recruiter, data.slug, "draft"))).code).toBe("conflict");
    const audit = (await t.db.read().select().from(auditLog).where(eq(auditLog.action, "job.status")).all()).filter(
      (a) => a.data.slug === data.slug,
    );
    expect(audit.map((a) => a.data.to)).toEqual(["open", "closed"]);
  });
});

describe("the closing date", () => {
  it("closes an open job once the day has passed: refused like a closed job, shown as closed, off the list; the last day still counts", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    await setJobStatus(recruiter, data.slug, "open");
    const today = new Date().toISOString().slice(0, 10);
    await t.db.write((tx) => tx.update(jobs).set({ validThrough: today }).where(eq(jobs.slug, data.slug)).run());
    expect((await apply(validFields(), { slug: data.slug })).status).toBe(201);

    await t.db.write((tx) => tx.update(jobs).set({ validThrough: "2020-01-31" }).where(eq(jobs.slug, data.slug)).run());
    const res = await apply(validFields(), { slug: data.slug });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      message: "This role has been filled and no longer takes applications. Thank you for your interest!",
    });
    expect((await getPublicJob(data.slug))?.status).toBe("closed");
    expect((await listOpenJobs()).map((j) => j.slug)).not.toContain(data.slug);
  });
});

describe("sitemap and robots", () => {
  it("list open postings in both languages with absolute URLs; drafts and closed jobs are left out", async () => {
    const open = jobData();
    const draft = jobData();
    await createJob(recruiter, open);
    await createJob(recruiter, draft);
    await setJobStatus(recruiter, open.slug, "open");
    let urls = (await sitemap()).map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        `https://careers.example.eu/jobs/${open.slug}`,
        `https://careers.example.eu/sv/jobs/${open.slug}`,
        "https://careers.example.eu/jobs/cloud-engineer",
      ]),
    );
    expect(urls.join(" ")).not.toContain(draft.slug);
    await setJobStatus(recruiter, open.slug, "closed");
    urls = (await sitemap()).map((e) => e.url);
    expect(urls.join(" ")).not.toContain(open.slug);
    expect(robots().rules).toMatchObject({ disallow: ["/staff", "/api", "/status"] });
  });
});
