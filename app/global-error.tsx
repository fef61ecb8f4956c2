"use client";

import { ErrorCard, type ErrorProps } from "@/components/site/error-card";
import "./globals.css";

/** An error in a root layout itself: its own document, in English and Swedish alike. */
export default function GlobalError({ error, retry }: ErrorProps) {
  return (
    <html lang="en">
      <body>
        <ErrorCard lang="en" digest={error.digest} retry={retry}>
          <p lang="sv">Något gick fel och sidan kunde inte visas. Försök igen om en stund.</p>
        </ErrorCard>
      </body>
    </html>
  );
}
