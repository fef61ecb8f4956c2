import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffHeader } from "@/components/staff/staff-header";
import { actorOrLogin } from "@/lib/auth/current";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Rekry", template: "%s | Rekry" }, robots: { index: false } };

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await actorOrLogin("/staff");
  return (
    <html lang="en">
      <body>
        <StaffHeader actor={actor} />
        <main id="main" className="staff">
          {children}
        </main>
      </body>
    </html>
  );
}
