import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Any path that matches no route, in both languages since we cannot tell which the visitor reads. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="page">
          <section className="card">
            <h1>Page not found</h1>
            <p>We could not find that page. It may have moved, or the role may be closed.</p>
            <p>
              <Link href="/">See our open roles</Link>
            </p>
            <p lang="sv">
              Sidan hittades inte. <Link href="/sv">Se våra lediga roller</Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
