import type { ReactNode } from "react";
import { COMPANY } from "@/lib/company";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { siteText } from "@/lib/i18n/site";

/**
 * The candidate-facing frame: brand, language switch to the same page in the other language, footer.
 * Plain links, not next/link: the public pages are static documents, and next/link would add its
 * router code (about 8 KB gzip) to every page that hydrates a form.
 */
export function PublicShell({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  const t = siteText(locale);
  const other = otherLocale(locale);
  return (
    <>
      <a className="skip" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <div className="inner">
          <a className="brand" href={localePath(locale, "/")}>
            <span className="brand-mark" aria-hidden="true">
              {COMPANY.name[0]}
            </span>
            <span>
              {COMPANY.name} <small>{t.careers}</small>
            </span>
          </a>
          <a
            className="lang-switch"
            href={localePath(other, path)}
            hrefLang={other}
            lang={other}
            aria-label={t.switchLabel}
          >
            {t.switchTo}
          </a>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          <p>
            © {COMPANY.name}. {t.footer}
          </p>
        </div>
      </footer>
    </>
  );
}
