import "server-only";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getPublicJob, type PublicJob } from "./queries";

/** The language and the published job a public job page is for, or the 404 page. */
export async function publicJobFromParams(
  params: Promise<{ lang: string; slug: string }>,
): Promise<{ lang: Locale; job: PublicJob }> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const job = await getPublicJob(slug);
  if (!job) notFound();
  return { lang, job };
}
