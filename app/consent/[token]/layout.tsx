import type { Metadata } from "next";
import type { ReactNode } from "react";
import { read } from "@/db";
import { consentText } from "@/lib/i18n/consent";
import { consentLink } from "@/lib/people/consent";
import "../../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const link = await consentLink(read(), (await params).token);
  return {
    title: consentText(link?.locale ?? "en").pageTitle,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** Root layout of a renewal or unsubscribe link's page, in the candidate's language. */
export default async function ConsentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ token: string }>;
}) {
  const link = await consentLink(read(), (await params).token);
  return (
    <html lang={link?.locale ?? "en"}>
      <body>{children}</body>
    </html>
  );
}
