import { COMPANY } from "@/lib/company";
import { countryName } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown";
import type { PublicJob } from "./queries";

/** schema.org JobPosting with Google's required and recommended properties. */
export function jobPostingJsonLd(job: PublicJob, locale: Locale, url: string): Record<string, unknown> {
  const c = job.content[locale];
  const office = job.location.offices[0];
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: c.title,
    description: renderMarkdown(`${c.summary}\n\n${c.body}\n\n${c.startNote}`),
    identifier: { "@type": "PropertyValue", name: COMPANY.name, value: job.slug },
    datePosted: job.datePosted,
    ...(job.validThrough ? { validThrough: `${job.validThrough}T23:59:59Z` } : {}),
    employmentType: job.employmentType,
    hiringOrganization: { "@type": "Organization", name: COMPANY.name, sameAs: COMPANY.url },
    ...(job.location.remote
      ? {
          jobLocationType: "TELECOMMUTE",
          applicantLocationRequirements: job.location.applicantCountries.map((code) => ({
            "@type": "Country",
            name: countryName(code, "en"),
          })),
        }
      : {}),
    ...(office
      ? {
          jobLocation: {
            "@type": "Place",
            address: { "@type": "PostalAddress", addressLocality: office.city, addressCountry: office.country },
          },
        }
      : {}),
    ...(job.salary
      ? {
          baseSalary: {
            "@type": "MonetaryAmount",
            currency: job.salary.currency,
            value: {
              "@type": "QuantitativeValue",
              minValue: job.salary.min,
              maxValue: job.salary.max,
              unitText: job.salary.period,
            },
          },
        }
      : {}),
    directApply: true,
    url,
    inLanguage: locale,
  };
}

/** JSON for an inline script: `<` is escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
