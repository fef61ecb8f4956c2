import type { Metadata } from "next";
import { NotFoundCard } from "@/components/site/not-found-card";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Any path that matches no route. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <NotFoundCard />
      </body>
    </html>
  );
}
