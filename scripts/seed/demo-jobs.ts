import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { jobAttributes, jobs, stages, type Job, type Stage, type StageKind, type User } from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";

export const DAY = 24 * 60 * 60 * 1000;

const posting = (title: string, team: string, summary: string, startNote: string) => ({
  title,
  team,
  summary,
  body: `## ${team}\n\n${summary}`,
  processNote: "",
  startNote,
});

type StagePlan = [key: string, kind: StageKind, en: [string, string], sv: [string, string]];

const APPLIED: StagePlan = [
  "applied",
  "screening",
  ["Applied", "We read your application."],
  ["Ansökt", "Vi läser din ansökan."],
];
const DECISION: StagePlan = [
  "decision",
  "decision",
  ["Decision", "We decide and tell you either way."],
  ["Beslut", "Vi bestämmer oss och hör av oss oavsett."],
];

/** The demo's two more jobs, each with a process of its own, and a demo hiring manager each. */
const JOBS: { slug: string; en: string[]; sv: string[]; manager: 2 | 3; stages: StagePlan[]; attributes: string[] }[] =
  [
    {
      slug: "support-engineer",
      en: ["Support Engineer", "Customer success", "Help our customers run their workloads on our cloud.", "Soon."],
      sv: ["Supporttekniker", "Kundframgång", "Hjälp våra kunder att köra sina system i vårt moln.", "Snart."],
      manager: 2,
      stages: [
        APPLIED,
        [
          "case_study",
          "other",
          ["Case study", "A small support case, about two hours at home."],
          ["Arbetsprov", "Ett litet supportärende, cirka två timmar hemma."],
        ],
        [
          "team_interview",
          "interview",
          ["Team interview", "Meet the support team."],
          ["Teamintervju", "Träffa supportteamet."],
        ],
        DECISION,
      ],
      attributes: ["Troubleshooting", "Writing to customers"],
    },
    {
      slug: "product-designer",
      en: ["Product Designer", "Product", "Shape the console our customers use every day.", "Soon."],
      sv: ["Produktdesigner", "Produkt", "Forma konsolen som våra kunder använder varje dag.", "Snart."],
      manager: 3,
      stages: [
        APPLIED,
        [
          "portfolio_review",
          "other",
          ["Portfolio review", "Walk us through two pieces of work."],
          ["Portfoliogenomgång", "Visa oss två arbeten."],
        ],
        [
          "design_interview",
          "interview",
          ["Design interview", "A talk with the product team."],
          ["Designintervju", "Ett samtal med produktteamet."],
        ],
        DECISION,
        [
          "references",
          "offer_checks",
          ["References", "We talk to people you worked with."],
          ["Referenser", "Vi pratar med tidigare kollegor."],
        ],
      ],
      attributes: ["Interaction design", "Accessibility"],
    },
  ];

/** Creates the two jobs, open, as the admin did a while ago; returns each with its stages in order. */
export async function insertDemoJobs(
  tx: Tx,
  users: Pick<User, "id" | "name" | "email">[],
  at: Date,
): Promise<{ job: Job; stages: Stage[] }[]> {
  const admin = byUser(users[0]!);
  const made = [];
  for (const plan of JOBS) {
    const [title, team, summary, start] = plan.en as [string, string, string, string];
    const [titleSv, teamSv, summarySv, startSv] = plan.sv as [string, string, string, string];
    const job = await tx
      .insert(jobs)
      .values({
        slug: plan.slug,
        status: "open",
        content: { en: posting(title, team, summary, start), sv: posting(titleSv, teamSv, summarySv, startSv) },
        location: { applicantCountries: ["DE", "DK", "FI", "SE"], remote: true, offices: [] },
        employmentType: "FULL_TIME",
        hiringManagerUserId: users[plan.manager]!.id,
        datePosted: at.toISOString().slice(0, 10),
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    await tx
      .insert(stages)
      .values(
        plan.stages.map(([key, kind, en, sv], position) => ({
          jobId: job.id,
          key,
          kind,
          position,
          staffName: en[0],
          name: { en: en[0], sv: sv[0] },
          description: { en: en[1], sv: sv[1] },
          typicalDays: 5,
        })),
      )
      .run();
    await tx
      .insert(jobAttributes)
      .values(
        plan.attributes.map((label, position) => ({
          jobId: job.id,
          key: label.toLowerCase().replace(/\W+/g, "_"),
          label,
          position,
        })),
      )
      .run();
    await recordEvent(tx, admin, { kind: "job.created", data: { jobId: job.id, slug: plan.slug } }, at);
    await recordEvent(
      tx,
      admin,
      { kind: "job.status", data: { jobId: job.id, slug: plan.slug, from: "draft", to: "open" } },
      at,
    );
    const list = await tx.select().from(stages).where(eq(stages.jobId, job.id)).orderBy(asc(stages.position)).all();
    made.push({ job, stages: list });
  }
  return made;
}
