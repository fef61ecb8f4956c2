import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getStatusByToken } from "@/lib/applications/status";
import { statusText } from "@/lib/i18n/status";
import "../../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const status = await getStatusByToken((await params).token);
  const title = status ? statusText(status.locale).title : "Your application";
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Root layout of the candidate's status page, in the language they applied in. */
export default async function StatusLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const lang = (await getStatusByToken(token))?.locale ?? "en";
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
