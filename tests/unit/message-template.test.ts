import { describe, expect, it } from "vitest";
import { buildMail } from "@/lib/mail/messages";
import { DEFAULT_TEMPLATES, renderTemplate, TEMPLATE_KINDS, templateProblems } from "@/lib/mail/template";
import { LOCALES } from "@/lib/i18n/locales";
import { schemaWordsIn } from "@/lib/i18n/schema-words";
import { templateInput } from "@/lib/validations/messages";
import { englishWords, fieldErrorsOf } from "@/lib/validations/parse";

const facts = {
  locale: "en" as const,
  to: "asa@example.com",
  name: "Åsa Öberg",
  job: "Cloud Engineer",
  applicationId: 1,
};

describe("the template renderer", () => {
  it("fills in the variables, spaces inside the braces allowed", () => {
    const out = renderTemplate(
      { subject: "Hi {{ firstName }}", body: "For {{jobTitle}}." },
      { firstName: "Åsa", jobTitle: "Ops" },
    );
    expect(out).toEqual({ subject: "Hi Åsa", paragraphs: ["For Ops."] });
  });

  it("leaves out a paragraph whose variables are all empty, and keeps one without variables", () => {
    const out = renderTemplate({ subject: "s", body: "Video: {{videoLink}}\n\nFixed words.\n\n\n{{feedback}}" }, {});
    expect(out.paragraphs).toEqual(["Fixed words."]);
  });

  it("names an unknown variable, and one this message does not have, as a field error", () => {
    const words = (problems: Record<string, string>) =>
      Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, englishWords.text(message)]));
    expect(
      words(templateProblems("received", { subject: "Hi {{fistName}}", body: "{{statusLink}} {{foo}} {{foo}}" })),
    ).toEqual({
      subject: "Unknown variable {{fistName}}.",
      body: "Unknown variable {{foo}}.",
    });
    expect(words(templateProblems("received", { subject: "ok", body: "{{feedback}}" }))).toEqual({
      body: "{{feedback}} is not available in this message.",
    });
    const parsed = templateInput.safeParse({
      kind: "rejected",
      locale: "sv",
      jobId: null,
      subject: "x",
      body: "{{nope}}",
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ body: "Unknown variable {{nope}}." });
    expect(fieldErrorsOf(parsed.error!, schemaWordsIn("sv"))).toEqual({ body: "Okänd variabel: {{nope}}." });
    const two = templateInput.safeParse({
      kind: "received",
      locale: "en",
      jobId: null,
      subject: "x",
      body: "{{feedback}} {{videoLink}}",
    });
    expect(fieldErrorsOf(two.error!)).toEqual({
      body: "{{feedback}}, {{videoLink}} are not available in this message.",
    });
  });

  it("escapes a template's words and its values in the HTML part: no markup from the editor reaches an email", () => {
    const mail = buildMail("rejected", {
      ...facts,
      feedback: `<img src=x onerror="alert(1)">`,
      template: { subject: "<b>{{jobTitle}}</b>", body: `<script>alert("x")</script>\n\n{{feedback}} & more` },
    });
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;");
    expect(mail.html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; more");
    expect(mail.text).toContain(`<img src=x onerror="alert(1)"> & more`);
    expect(mail.subject).toBe("<b>Cloud Engineer</b>");
  });

  it("makes a link of the status link only, escaped", () => {
    const mail = buildMail("received", { ...facts, statusUrl: "https://jobs.example.com/status/abc?x=1&y=2" });
    expect(mail.html).toContain(
      `<a href="https://jobs.example.com/status/abc?x=1&#38;y=2">https://jobs.example.com/status/abc?x=1&#38;y=2</a>`,
    );
  });

  it("has built-in texts in both languages for every message, using only their own variables", () => {
    for (const locale of LOCALES)
      for (const kind of TEMPLATE_KINDS) expect(templateProblems(kind, DEFAULT_TEMPLATES[locale][kind])).toEqual({});
  });
});
