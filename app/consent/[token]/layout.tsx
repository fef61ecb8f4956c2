import type { Metadata } from "next";
import type { ReactNode } from "react";
import { read } from "@/db";
import { consentLink } from "@/lib/people/consent";
import "../../globals.css";

export const metadata: Metadata = {
  title: "Talent pool",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

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
