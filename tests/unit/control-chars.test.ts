import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { applicationInput, fieldErrorCodes } from "@/lib/validations/application";
import { checkAnswers } from "@/lib/validations/answers";
import { userCreate, userUpdate } from "@/lib/validations/auth";
import { interviewPlan, refereeInput, scorecardDraft } from "@/lib/validations/interviews";
import { jobInput } from "@/lib/validations/job";
import { stageMove } from "@/lib/validations/move";
import { noteInput } from "@/lib/validations/notes";
import { englishWords } from "@/lib/validations/parse";
import { jobFields } from "../helpers/jobs";

const application = {
  fullName: "Åsa Öberg",
  email: "asa@example.com",
  country: "SE",
  cv: { name: "cv.pdf", size: 1234 },
  privacyConsent: true,
  locale: "en",
};
const applicationCodes = (patch: Record<string, unknown>) => {
  const result = applicationInput.safeParse({ ...application, ...patch });
  return result.success ? {} : fieldErrorCodes(result.error);
};
/** The message of the first issue at `field` (in English), or undefined when the input passes. */
const errorAt = (schema: ZodType, input: unknown, field: string) => {
  const issue = schema.safeParse(input).error?.issues.find((i) => i.path.join(".") === field);
  return issue && englishWords.issue(issue);
};

describe("control characters in free text", () => {
  it("refuses a name with a bare carriage return, with a field error", () => {
    expect(applicationCodes({ fullName: "Ann\rEvil" })).toEqual({ fullName: "controlChars" });
    expect(applicationCodes({ fullName: "Ann\u0085Evil" })).toEqual({ fullName: "controlChars" });
    expect(applicationCodes({ fullName: "Ann\tEvil" })).toEqual({ fullName: "controlChars" });
    expect(applicationCodes({ phone: "+46 70\r123" })).toEqual({ phone: "controlChars" });
    expect(applicationCodes({ githubUrl: "github.com/ann\u001b" })).toEqual({ githubUrl: "controlChars" });
  });

  it("keeps newlines and tabs in a text area, turning a browser's CRLF into a newline", () => {
    expect(applicationInput.parse({ ...application, note: "Line one\r\n\tLine two" }).note).toBe(
      "Line one\n\tLine two",
    );
    expect(applicationCodes({ note: "Line one\rLine two" })).toEqual({ note: "controlChars" });
    expect(applicationCodes({ showSkills: "Ceph\u0000" })).toEqual({ showSkills: "controlChars" });
  });

  it("refuses them in custom answers by the kind of question", () => {
    const questions = [
      { key: "short", kind: "short_text" as const, required: false, options: [] },
      { key: "long", kind: "long_text" as const, required: false, options: [] },
    ];
    expect(checkAnswers(questions, { q_short: "a\rb", q_long: "a\r\nb" })).toEqual({
      codes: { q_short: "controlChars" },
      answers: [{ key: "long", value: "a\nb" }],
    });
    expect(checkAnswers(questions, { q_long: "a\rb" }).codes).toEqual({ q_long: "controlChars" });
  });

  it("refuses them in staff texts: users' names, notes, referees, scorecards, moves, interviews", () => {
    const refused = /control characters/;
    expect(errorAt(userCreate, { name: "Ann\rEvil", email: "ann@example.com", role: "recruiter" }, "name")).toMatch(
      refused,
    );
    expect(errorAt(userUpdate, { name: "Ann\u0007" }, "name")).toMatch(refused);
    expect(errorAt(noteInput, { body: "ok\u0000" }, "body")).toMatch(refused);
    expect(noteInput.parse({ body: "one\r\ntwo" }).body).toBe("one\ntwo");
    expect(errorAt(refereeInput, { name: "Bo\rB", relation: "manager", contact: "bo@example.com" }, "name")).toMatch(
      refused,
    );
    expect(errorAt(scorecardDraft, { notes: "fine\u001b[31m" }, "notes")).toMatch(refused);
    expect(
      errorAt(
        stageMove,
        { to: "rejected", version: 1, reason: "must_haves", feedback: "Thank you for your time.\u0085" },
        "feedback",
      ),
    ).toMatch(refused);
    expect(
      errorAt(
        interviewPlan,
        { kind: "technical", interviewers: ["a@example.com"], videoUrl: "https://meet.example.com/\u0007" },
        "videoUrl",
      ),
    ).toBeDefined();
  });

  it("refuses them in the job editor's one-line fields and keeps line breaks in its long ones", () => {
    const job = jobFields();
    const withTitle = { ...job, content: { ...job.content, en: { ...job.content.en, title: "Engineer\r\nBcc: x" } } };
    expect(errorAt(jobInput, withTitle, "content.en.title")).toMatch(/control characters/);
    const withBody = {
      ...job,
      content: { ...job.content, en: { ...job.content.en, body: "## Role\r\n\r\nYou run\tclusters." } },
    };
    expect(jobInput.parse(withBody).content.en.body).toBe("## Role\n\nYou run\tclusters.");
  });
});
