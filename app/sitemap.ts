import type { MetadataRoute } from "next";
import { localePath } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/i18n/metadata";
import { listOpenJobs } from "@/lib/jobs/queries";

// Read per request: opening or closing a job shows here at once, and the build never reads the database.
export const dynamic = "force-dynamic";

/** The careers page and every open posting, in both languages, as absolute URLs from PUBLIC_URL. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  const both = (path: string) => ({ languages: { en: url(localePath("en", path)), sv: url(localePath("sv", path)) } });
  const home = [
    { url: url(localePath("en", "/")), alternates: both("/") },
    { url: url(localePath("sv", "/")), alternates: both("/") },
  ];
  const postings = (await listOpenJobs()).flatMap((job) => {
    const path = `/jobs/${job.slug}`;
    return (["en", "sv"] as const).map((lang) => ({
      url: url(localePath(lang, path)),
      lastModified: job.updatedAt,
      alternates: both(path),
    }));
  });
  return [...home, ...postings];
}
