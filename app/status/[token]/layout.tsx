import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getStatusByToken } from "@/lib/applications/status";
import "../../globals.css";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Root layout of the candidate's status page, in the language they applied in. */
export default async function StatusLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lang = getStatusByToken(token)?.locale ?? "en";
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
