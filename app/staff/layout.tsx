import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StaffHeader } from "@/components/staff/staff-header";
import { actorOrLogin } from "@/lib/auth/current";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Rekry", template: "%s | Rekry" }, robots: { index: false } };

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await actorOrLogin("/staff");
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <ClientMessages of="app/staff/layout">
          <StaffHeader actor={actor} />
          <main id="main" className="staff">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
