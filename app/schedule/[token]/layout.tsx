import type { Metadata } from "next";
import type { ReactNode } from "react";
import { scheduleText } from "@/lib/i18n/schedule";
import { localeForToken } from "@/lib/scheduling/page";
import "../../globals.css";
import "@/components/schedule/schedule.css";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const title = scheduleText(await localeForToken((await params).token)).pageTitle;
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Root layout of the candidate's scheduling page, in the language they applied in. */
export default async function ScheduleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <html lang={await localeForToken(token)}>
      <body>{children}</body>
    </html>
  );
}
