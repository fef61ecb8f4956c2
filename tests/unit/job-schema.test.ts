import { describe, expect, it } from "vitest";
import { jobInput } from "@/lib/validations/job";
import { checkAnswers } from "@/lib/validations/answers";
import { englishWords } from "@/lib/validations/parse";
import { jobFields, knockoutQuestion } from "../helpers/jobs";

const issues = (input: unknown) => {
  const r = jobInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${englishWords.issue(i)}`);
};

describe("jobInput", () => {
  it("accepts a complete job and normalises the slug and country list", () => {
    const data = jobInput.parse(
      jobFields({
        slug: " Platform-Engineer ",
        location: { remote: true, applicantCountries: ["SE", "FI", "SE"], offices: [] },
      }),
    );
    expect(data.slug).toBe("platform-engineer");
    expect(data.location.applicantCountries).toEqual(["FI", "SE"]);
    expect(data.validThrough).toBeNull();
  });

  it("refuses bad slugs with a message that says what is allowed", () => {
    expect(issues(jobFields({ slug: "Cloud Engineer!" }))).toEqual([
      "slug: Use lower-case letters, digits and single hyphens, like cloud-engineer.",
    ]);
    expect(issues(jobFields({ slug: "new" }))[0]).toMatch(/reserved/);
    expect(issues(jobFields({ slug: "ab" }))[0]).toMatch(/at least 3/);
  });

  it("needs titles in both languages, at least one stage, and EU applicant countries", () => {
    const base = jobFields();
    const found = issues({
      ...base,
      content: { ...base.content, sv: { ...base.content.sv, title: "" } },
      stages: [],
      location: { remote: true, applicantCountries: ["US"], offices: [] },
    });
    expect(found).toContain("content.sv.title: Title: fill this in.");
    expect(found).toContain("stages: A job needs at least one stage.");
    expect(found).toContain("location.applicantCountries.0: Choose EU member states.");
  });

  it("wants both ends of a salary range in order, or neither", () => {
    expect(issues(jobFields({ salaryMin: 60000, salaryMax: null }))).toEqual([
      "salaryMax: Give both ends of the salary range, or neither.",
    ]);
    expect(issues(jobFields({ salaryMin: 80000, salaryMax: 60000 }))).toEqual([
      "salaryMax: The highest salary must not be below the lowest.",
    ]);
    expect(issues(jobFields({ salaryMin: null, salaryMax: null }))).toEqual([]);
  });

  it("asks a knockout for kind words in both languages, and a single choice for two options with one that passes", () => {
    expect(
      issues(jobFields({ questions: [knockoutQuestion({ knockoutMessage: { en: "No.", sv: "" } })] })),
    ).toHaveLength(2);
    const choice = {
      ...knockoutQuestion(),
      kind: "single_choice" as const,
      knockoutAnswer: "" as const,
      options: [{ label: { en: "A", sv: "A" }, knockout: true }],
    };
    expect(issues(jobFields({ questions: [choice] }))).toEqual([
      "questions.0.options: A single-choice question needs at least two options.",
      "questions.0.options: At least one option must not reject.",
    ]);
  });
});

describe("checkAnswers (the apply form and the intake)", () => {
  const questions = [
    { key: "eu", kind: "yes_no" as const, required: true, options: [] },
    { key: "level", kind: "single_choice" as const, required: false, options: [{ key: "junior" }, { key: "senior" }] },
    { key: "tool", kind: "short_text" as const, required: false, options: [] },
  ];
  it("reads q_{key} fields, codes every problem, and returns clean answers", () => {
    expect(checkAnswers(questions, { q_eu: "yes", q_level: "senior", q_tool: "  Ansible " })).toEqual({
      codes: {},
      answers: [
        { key: "eu", value: "yes" },
        { key: "level", value: "senior" },
        { key: "tool", value: "Ansible" },
      ],
    });
    expect(checkAnswers(questions, { q_level: "principal", q_tool: "x".repeat(301) }).codes).toEqual({
      q_eu: "choice",
      q_level: "choice",
      q_tool: "tooLong",
    });
  });
});
