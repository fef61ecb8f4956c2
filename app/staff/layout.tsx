import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
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
        <NextIntlClientProvider>
          <StaffHeader actor={actor} />
          <main id="main" className="staff">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
