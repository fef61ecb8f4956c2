import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "@/lib/i18n/catalog";
import { schemaWordsIn } from "@/lib/i18n/schema-words";
import { LOCALES } from "@/lib/i18n/locales";
import { auditQuery } from "@/lib/validations/audit";
import { codeInput, loginInput, newPassword, userCreate, userUpdate } from "@/lib/validations/auth";
import { availabilityInput, calendarConnectionInput } from "@/lib/validations/availability";
import {
  backgroundCheckInput,
  decisionInput,
  interviewPlan,
  refereeInput,
  refereeStatusInput,
  scorecardAmend,
  scorecardDraft,
} from "@/lib/validations/interviews";
import { jobInput, jobStatusChange, markdownPreview } from "@/lib/validations/job";
import { localeChoice } from "@/lib/validations/locale";
import { schemaWords, type ValidationTranslator } from "@/lib/validations/message";
import { templateInput } from "@/lib/validations/messages";
import { bulkMove, stageMove, undoMove } from "@/lib/validations/move";
import { noteInput, tagInput } from "@/lib/validations/notes";
import { englishWords, fieldErrorsOf } from "@/lib/validations/parse";
import { consentAnswer, mergeInput, talentFilters, talentInvite } from "@/lib/validations/people";
import { reportQuery } from "@/lib/validations/reports";
import { schedulingRequestInput } from "@/lib/validations/scheduling";
import { searchQuery } from "@/lib/validations/search";
import { webhookEndpointCreate, webhookEndpointUpdate } from "@/lib/validations/webhooks";
import { jobFields, knockoutQuestion } from "../helpers/jobs";

const long = (n: number) => "x".repeat(n);
const stage = jobFields().stages[0]!;

/** Bad input for every staff schema, between them reaching (nearly) every message the schemas have. */
const BAD: [string, ZodType, unknown][] = [
  ["userCreate empty", userCreate, { name: "", email: "", role: "boss" }],
  ["userCreate long", userCreate, { name: long(201), email: "not-an-address", role: "admin" }],
  ["userUpdate nothing", userUpdate, {}],
  ["userUpdate active", userUpdate, { active: "yes" }],
  ["loginInput", loginInput, { email: "", password: "" }],
  ["codeInput empty", codeInput, { code: "" }],
  ["codeInput long", codeInput, { code: long(21) }],
  ["newPassword", newPassword, "short"],
  ["localeChoice", localeChoice, { locale: "fr" }],
  ["auditQuery", auditQuery, { kind: "nope", userId: "x", cursor: "abc" }],
  [
    "availabilityInput",
    availabilityInput,
    {
      timeZone: "Nowhere/Town",
      ranges: [
        { day: 9, start: "25:00", end: "10:00" },
        { day: 1, start: "10:00", end: "09:00" },
        { day: 2, start: "09:00", end: "12:00" },
        { day: 2, start: "11:00", end: "13:00" },
      ],
    },
  ],
  [
    "availabilityInput types",
    availabilityInput,
    { timeZone: 1, ranges: Array(71).fill({ day: 1, start: 9, end: "10:00" }) },
  ],
  ["calendar caldav", calendarConnectionInput, { kind: "caldav", url: "", username: "", password: "" }],
  [
    "calendar caldav long",
    calendarConnectionInput,
    { kind: "caldav", url: `https://${long(2000)}`, username: long(201), password: long(501) },
  ],
  ["calendar ics", calendarConnectionInput, { kind: "ics", url: "ftp://example.com/cal.ics" }],
  ["calendar ics type", calendarConnectionInput, { kind: "ics", url: 5 }],
  [
    "interviewPlan",
    interviewPlan,
    { kind: "chat", interviewers: [], startsAt: "tomorrow", durationMinutes: 5, videoUrl: "http://x.example" },
  ],
  [
    "interviewPlan more",
    interviewPlan,
    { kind: "other", interviewers: ["nobody"], durationMinutes: 600, videoUrl: "https://x.example/\u0007" },
  ],
  ["interviewPlan list", interviewPlan, { kind: "other", interviewers: Array(9).fill("a@example.com") }],
  ["interviewPlan type", interviewPlan, { kind: "other", interviewers: "a@example.com" }],
  [
    "scorecardDraft",
    scorecardDraft,
    {
      ratings: { a: "x", b: 5, c: 1.5 },
      recommendation: "maybe",
      notes: long(8001),
      attributeNotes: { a: long(2001) },
    },
  ],
  ["scorecardAmend", scorecardAmend, { reason: "", candidateFeedback: long(4001) }],
  ["decisionInput", decisionInput, { decision: "later", version: 1, reason: "nope" }],
  ["decisionInput decline", decisionInput, { decision: "decline", version: 1, feedback: "No." }],
  ["refereeInput", refereeInput, { name: "", relation: "", contact: "" }],
  ["refereeStatusInput", refereeStatusInput, { status: "x" }],
  ["backgroundCheckInput", backgroundCheckInput, { status: "x" }],
  [
    "jobInput",
    jobInput,
    jobFields({
      slug: "a",
      content: {
        en: { title: "", team: long(81), summary: "", body: "", processNote: "", startNote: "" },
        sv: { title: "", team: "", summary: "", body: "", processNote: long(2001), startNote: "" },
      },
      location: { remote: false, applicantCountries: ["US"], offices: [{ city: "", country: "XX" }] },
      employmentType: "GIG" as never,
      salaryMin: -1,
      salaryMax: 1.5,
      salaryCurrency: "XYZ" as never,
      salaryPeriod: "DAY" as never,
      validThrough: "next week",
      stages: [
        {
          ...stage,
          key: "Bad Key",
          kind: "x" as never,
          staffName: "",
          name: { en: "", sv: "" },
          description: { en: "", sv: "" },
          typicalDays: 0,
        },
      ],
      attributes: [{ label: "", description: long(301), optional: false }],
      questions: [
        knockoutQuestion({
          kind: "x" as never,
          knockoutReason: "x" as never,
          knockoutMessage: { en: long(4001), sv: "" },
        }),
        knockoutQuestion({
          kind: "single_choice",
          label: { en: "", sv: "" },
          options: [{ label: { en: "", sv: "" }, knockout: true }],
        }),
      ],
    }),
  ],
  ["jobInput limits", jobInput, jobFields({ slug: "new", salaryMin: 2, salaryMax: null })],
  [
    "jobInput order",
    jobInput,
    jobFields({
      slug: long(61),
      salaryMin: 3e8,
      salaryMax: 2,
      stages: [],
      attributes: Array(21).fill({ label: "A", description: "", optional: false }),
    }),
  ],
  [
    "jobInput shape",
    jobInput,
    jobFields({
      slug: "Bad Slug",
      salaryMin: "x" as never,
      location: { remote: false, applicantCountries: [], offices: Array(11).fill({ city: "Umeå", country: "SE" }) },
      questions: Array(11).fill(
        knockoutQuestion({ options: Array(13).fill({ label: { en: "A", sv: "A" }, knockout: false }) }),
      ),
    }),
  ],
  ["jobInput stages", jobInput, jobFields({ stages: Array(13).fill({ ...stage, typicalDays: 91 }) })],
  ["jobInput types", jobInput, jobFields({ stages: [{ ...stage, typicalDays: "x" as never }] })],
  ["jobStatusChange", jobStatusChange, { slug: "a", status: "gone" }],
  ["markdownPreview", markdownPreview, { source: long(20_001) }],
  ["templateInput", templateInput, { kind: "x", locale: "de", jobId: null, subject: "", body: "" }],
  [
    "templateInput long",
    templateInput,
    { kind: "received", locale: "en", jobId: null, subject: long(201), body: long(8001) },
  ],
  [
    "templateInput variables",
    templateInput,
    { kind: "received", locale: "en", jobId: null, subject: "{{nope}}", body: "{{feedback}}" },
  ],
  [
    "stageMove",
    stageMove,
    { to: "", version: "1", reason: "bored", feedback: long(4001), override: true, overrideReason: long(501) },
  ],
  ["stageMove rejected", stageMove, { to: "rejected", version: 1, override: true }],
  ["bulkMove", bulkMove, { to: "screening", items: [] }],
  ["bulkMove many", bulkMove, { to: "screening", items: Array(501).fill({ id: 1, version: 1 }) }],
  ["undoMove", undoMove, { items: [] }],
  ["undoMove many", undoMove, { items: Array(501).fill({ id: 1, version: 1 }) }],
  ["noteInput", noteInput, { body: "\u0007" }],
  ["noteInput long", noteInput, { body: long(5001) }],
  ["noteInput empty", noteInput, { body: "" }],
  ["tagInput", tagInput, { tag: "" }],
  ["tagInput bad", tagInput, { tag: "a!" }],
  ["tagInput long", tagInput, { tag: long(41) }],
  ["mergeInput", mergeInput, { keepCandidateId: "x", mergeCandidateId: -1 }],
  ["talentFilters", talentFilters, { q: long(201), reached: "hired" }],
  ["talentInvite", talentInvite, { candidateId: 1, jobSlug: "" }],
  ["consentAnswer", consentAnswer, { answer: "maybe" }],
  ["reportQuery", reportQuery, { job: "Not A Slug", from: "2026-02-31", to: "yesterday" }],
  ["reportQuery order", reportQuery, { from: "2026-02-01", to: "2026-01-01" }],
  ["reportQuery span", reportQuery, { from: "2020-01-01", to: "2026-01-01" }],
  [
    "schedulingRequestInput",
    schedulingRequestInput,
    {
      kind: "x",
      interviewers: ["a@example.com"],
      required: 3,
      durationMinutes: "x",
      windowDays: 0,
      minNoticeHours: 1.5,
      bufferMinutes: 241,
      note: long(1001),
    },
  ],
  [
    "schedulingRequestInput more",
    schedulingRequestInput,
    {
      kind: "other",
      interviewers: ["a@example.com"],
      required: 0,
      durationMinutes: 481,
      windowDays: 31,
      minNoticeHours: 337,
      bufferMinutes: -1,
    },
  ],
  ["searchQuery", searchQuery, { q: long(201), page: "0" }],
  ["searchQuery page", searchQuery, { page: "x" }],
  [
    "webhookEndpointCreate",
    webhookEndpointCreate,
    { kind: "pager", url: "", events: [], personalData: true, active: "yes" },
  ],
  [
    "webhookEndpointCreate url",
    webhookEndpointCreate,
    {
      url: "ftp://example.com",
      events: ["nope"],
      description: long(201),
      personalData: "x",
      personalDataReason: long(501),
    },
  ],
  ["webhookEndpointCreate long", webhookEndpointCreate, { url: `https://${long(2000)}`, events: ["all"] }],
  ["webhookEndpointCreate type", webhookEndpointCreate, { url: 1, events: ["all"] }],
  ["webhookEndpointUpdate", webhookEndpointUpdate, {}],
];

/** Every issue of the staff schemas for BAD (each input must fail). */
const badIssues = () =>
  BAD.flatMap(([name, schema, input]) => {
    const result = schema.safeParse(input);
    expect(result.success, name).toBe(false);
    return result.error!.issues.map((issue) => ({ name, issue }));
  });

/** The keys the schemas name (msg("...") in lib/validations and lib/mail/template.ts). */
const root = path.resolve(import.meta.dirname, "../..");
const sources = [
  ...readdirSync(path.join(root, "lib/validations")).map((f) => path.join("lib/validations", f)),
  "lib/mail/template.ts",
].filter((file) =>
  // Files whose msg() is the schemas' (lib/i18n/command-text.ts has a msg of its own, for commands).
  /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*"(\.|@\/lib\/validations)\/message"/.test(
    readFileSync(path.join(root, file), "utf8"),
  ),
);
const named = sources.flatMap((file) =>
  [...readFileSync(path.join(root, file), "utf8").matchAll(/msg\(\s*"([^"]+)"/g)].map((m) => ({ file, key: m[1]! })),
);

type Tree = { [key: string]: string | Tree };
/** A message left as its key: what a language without the words shows. */
const KEY = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)*(\{.*)?$/;
const has = (tree: unknown, key: string) =>
  typeof key.split(".").reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree) === "string";

describe("schema messages", () => {
  it("every key a schema names has words in every language", () => {
    expect(named.length).toBeGreaterThan(100);
    for (const locale of LOCALES)
      for (const { file, key } of named)
        expect(has(CATALOGS[locale].validation, key), `${locale}: ${key} (${file})`).toBe(true);
  });

  it("no staff schema carries English words of its own: its messages are keys", () => {
    // Candidate-side schemas keep their own scheme: application.ts has codes (lib/i18n/errors.ts), and
    // slotPick's English reaches the candidate's schedule page as it is.
    const english = /["`][A-Z][a-z][^"`]*[a-z.)]["`]/g;
    for (const file of sources.filter((f) => !/application\.ts|answers\.ts|parse\.ts|template\.ts/.test(f))) {
      const text = readFileSync(path.join(root, file), "utf8").replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, "");
      const found = [...text.matchAll(english)].map((m) => m[0]);
      const allowed = file.endsWith("scheduling.ts")
        ? ['"Choose a time."', '"Choose a time."', '"That time is not valid."']
        : file.endsWith("interviews.ts")
          ? ['"Meet your future manager"', '"System design"', '"Programming"', '"Technical interview"', '"Other"']
          : [];
      expect(found, file).toEqual(allowed);
    }
  });

  it.each(LOCALES)("every message of bad input reads as words of the catalog in %s, not as a key", (locale) => {
    const words = schemaWordsIn(locale);
    const messages = badIssues();
    expect(messages.length).toBeGreaterThan(150);
    for (const { name, issue } of messages) {
      const text = words.issue(issue);
      expect(text, `${name}: ${issue.path.join(".")}`).not.toMatch(KEY);
      expect(text, `${name}: ${issue.path.join(".")}`).not.toBe("");
    }
  });

  it("a Swedish reader gets Swedish for every message, an English one today's English word for word", () => {
    const sv = schemaWordsIn("sv");
    for (const { name, issue } of badIssues()) {
      const en = englishWords.issue(issue);
      expect(sv.issue(issue), `${name}: ${issue.path.join(".")} (${en})`).not.toBe(en);
    }
    const errors = (schema: ZodType, input: unknown) => fieldErrorsOf(schema.safeParse(input).error!);
    expect(errors(userCreate, { name: "", email: "x", role: "recruiter" })).toEqual({
      name: "Please enter a name.",
      email: "Please enter a valid email address.",
    });
    expect(errors(noteInput, { body: long(5001) })).toEqual({ body: "Keep the note under 5,000 characters." });
    expect(
      errors(schedulingRequestInput, { kind: "other", interviewers: ["a@example.com"], required: 2, windowDays: 0 }),
    ).toEqual({
      windowDays: "The window in working days is at least 1.",
      required: "Only 1 interviewer(s) are named; at most that many can be required.",
    });
    expect(
      errors(
        jobInput,
        jobFields({ content: { ...jobFields().content, sv: { ...jobFields().content.sv, title: "" } } }),
      ),
    ).toEqual({ "content.sv.title": "Title: fill this in." });
    const unnamed = jobFields({ stages: [{ ...stage, name: { en: stage.name.en, sv: "" } }] });
    expect(errors(jobInput, unnamed)).toEqual({
      "stages.0.name.sv": "Stage name for candidates (Swedish): fill this in.",
    });
    expect(fieldErrorsOf(jobInput.safeParse(unnamed).error!, sv)).toEqual({
      "stages.0.name.sv": "Stegets namn för kandidater (svenska): fyll i det här.",
    });
    expect(fieldErrorsOf(jobInput.safeParse(jobFields({ salaryMin: 1, salaryMax: null })).error!, sv)).toEqual({
      salaryMax: "Ange både lägsta och högsta lön, eller ingen av dem.",
    });
    // zod's own words (a check without a message of ours) stay English in English, Swedish in Swedish.
    const own = userUpdate.safeParse({ name: long(201) }).error!;
    expect(fieldErrorsOf(own)).toEqual({ name: "Too big: expected string to have <=200 characters" });
    expect(fieldErrorsOf(own, sv)).toEqual({ name: "Högst 200 tecken." });
  });

  it("the check fails when a language lacks a schema message's words", () => {
    const partial = { ...CATALOGS.sv.validation, job: { ...CATALOGS.sv.validation.job, salaryOrder: undefined } };
    const t = createTranslator({
      locale: "sv",
      messages: { validation: partial },
      namespace: "validation",
      onError: () => undefined,
    });
    const words = schemaWords(t as unknown as ValidationTranslator, "sv");
    const issue = jobInput.safeParse(jobFields({ salaryMin: 9, salaryMax: 1 })).error!.issues[0]!;
    expect(words.issue(issue)).toMatch(KEY);
    expect(has(partial, "job.salaryOrder")).toBe(false);
  });
});
