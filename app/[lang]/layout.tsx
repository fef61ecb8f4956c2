import type { Metadata } from "next";
import type { ReactNode } from "react";
import { COMPANY } from "@/lib/company";
import { isLocale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/i18n/metadata";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { metadataBase: siteUrl(), title: { default: `${COMPANY.name} careers`, template: `%s | ${COMPANY.name}` } };
}

/** Root layout of the public site; `lang` is "en" (served at /) or "sv" (served at /sv). */
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  return (
    <html lang={isLocale(lang) ? lang : "en"}>
      <body>{children}</body>
    </html>
  );
}
