import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/i18n/metadata";

export const dynamic = "force-dynamic";

/** Crawlers may read the careers site; staff pages, the API and candidates' status pages are not theirs. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/staff", "/api", "/status"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
