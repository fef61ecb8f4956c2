import { expect, test } from "@playwright/test";
import { CareersPage } from "./pages/careers-page";
import type { Lang } from "./pages/locale";
import { PostingPage } from "./pages/posting-page";

const EU_COUNTRIES = [
  "Austria",
  "Belgium",
  "Bulgaria",
  "Croatia",
  "Cyprus",
  "Czechia",
  "Denmark",
  "Estonia",
  "Finland",
  "France",
  "Germany",
  "Greece",
  "Hungary",
  "Ireland",
  "Italy",
  "Latvia",
  "Lithuania",
  "Luxembourg",
  "Malta",
  "Netherlands",
  "Poland",
  "Portugal",
  "Romania",
  "Slovakia",
  "Slovenia",
  "Spain",
  "Sweden",
];

test("the careers page lists the Cloud Engineer role and links to its posting", async ({ page }) => {
  const careers = new CareersPage(page);
  await careers.goto();
  await expect(careers.heading).toHaveText("Build the cloud Europe deserves");
  await careers.roleLink.click();
  await expect(page).toHaveURL("/jobs/cloud-engineer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cloud Engineer");
});

const STEPS: Record<Lang, string[]> = {
  en: [
    "Initial call",
    "Meet your future manager",
    "Technical interviews",
    "Decision with your recruiter",
    "References and background check",
  ],
  sv: [
    "Första samtal",
    "Träffa din blivande chef",
    "Tekniska intervjuer",
    "Besked från din rekryterare",
    "Referenser och bakgrundskontroll",
  ],
};

const cases: { lang: Lang; other: Lang; switchText: string; salary: RegExp }[] = [
  { lang: "en", other: "sv", switchText: "Svenska", salary: /^€50,000 – €80,000 a year$/ },
  // sv-SE groups digits with a no-break space, which \s matches.
  { lang: "sv", other: "en", switchText: "English", salary: /^50\s000\s€ – 80\s000\s€ per år$/ },
];

for (const { lang, other, switchText, salary } of cases) {
  test.describe(`the posting in ${lang}`, () => {
    test("declares its language and links to both language versions", async ({ page, baseURL }) => {
      const posting = new PostingPage(page, lang);
      await posting.goto();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      expect(await posting.alternates()).toEqual({
        en: `${baseURL}/jobs/cloud-engineer`,
        sv: `${baseURL}/sv/jobs/cloud-engineer`,
        "x-default": `${baseURL}/jobs/cloud-engineer`,
      });
    });

    test(`the language switch leads to the same posting in ${other}`, async ({ page }) => {
      const posting = new PostingPage(page, lang);
      await posting.goto();
      await expect(posting.languageSwitch).toHaveText(switchText);
      await posting.languageSwitch.click();
      const target = new PostingPage(page, other);
      await expect(page).toHaveURL(target.path);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expect(target.heading).toHaveText("Cloud Engineer");
    });

    test("shows the salary range and the five hiring steps", async ({ page }) => {
      const posting = new PostingPage(page, lang);
      await posting.goto();
      await expect(posting.salary).toHaveText(salary);
      await expect(posting.steps.locator("strong")).toHaveText(STEPS[lang]);
    });

    test("carries a complete JobPosting in JSON-LD", async ({ page, baseURL }) => {
      const posting = new PostingPage(page, lang);
      await posting.goto();
      const job = await posting.jobPosting();
      expect(job).toMatchObject({
        "@type": "JobPosting",
        title: "Cloud Engineer",
        employmentType: "FULL_TIME",
        jobLocationType: "TELECOMMUTE",
        directApply: true,
        inLanguage: lang,
        url: `${baseURL}${posting.path}`,
        hiringOrganization: { "@type": "Organization", name: expect.any(String) },
        jobLocation: { "@type": "Place", address: { addressLocality: "Stockholm", addressCountry: "SE" } },
        baseSalary: {
          currency: "EUR",
          value: { "@type": "QuantitativeValue", minValue: 50000, maxValue: 80000, unitText: "YEAR" },
        },
      });
      expect(job.description).toEqual(expect.stringContaining("<p>"));
      expect(job.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(String(job.validThrough))).toBeGreaterThan(Date.parse(String(job.datePosted)));
      const countries = (job.applicantLocationRequirements as { "@type": string; name: string }[]).map((c) => c.name);
      expect(countries.toSorted()).toEqual(EU_COUNTRIES);
    });
  });
}
