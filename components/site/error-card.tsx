"use client";

import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";

const TEXT = {
  en: {
    title: "Something went wrong",
    body: "We could not show this page just now. Nothing you sent was lost by this error. Please try again in a moment.",
    reference: "If it keeps happening, tell us this reference:",
    retry: "Try again",
  },
  sv: {
    title: "Något gick fel",
    body: "Vi kunde inte visa sidan just nu. Felet har inte gjort att något du skickat gått förlorat. Försök igen om en stund.",
    reference: "Om det fortsätter, ge oss den här referensen:",
    retry: "Försök igen",
  },
} as const;

/** The calm page behind every error boundary: no stack trace, the server log's reference id. */
export function ErrorCard({
  lang,
  digest,
  retry,
  children,
}: {
  lang: Locale;
  digest?: string;
  retry: () => void;
  children?: ReactNode;
}) {
  const t = TEXT[lang];
  return (
    <main id="main" className="page">
      <section className="card" role="alert">
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        {digest && (
          <p>
            {t.reference} <code data-testid="error-reference">{digest}</code>
          </p>
        )}
        <p>
          <button type="button" className="button" onClick={retry}>
            {t.retry}
          </button>
        </p>
        {children}
      </section>
    </main>
  );
}

export type ErrorProps = { error: Error & { digest?: string }; retry: () => void };

/**
 * The error card in the language the page's root layout declared on <html lang> (the candidate's
 * pages reached by a token: status, scheduling, talent-pool consent).
 */
export function ErrorInPageLanguage({ error, retry }: ErrorProps) {
  const lang = typeof document !== "undefined" && document.documentElement.lang === "sv" ? "sv" : "en";
  return <ErrorCard lang={lang} digest={error.digest} retry={retry} />;
}
