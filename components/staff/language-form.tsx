"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLocaleAction } from "@/app/staff/account/actions";
import type { Locale } from "@/lib/i18n/locales";

/** The account page's language choice; the page re-renders in the chosen language after saving. */
export function LanguageForm({ current, browser }: { current: Locale | null; browser: Locale }) {
  const t = useTranslations("account");
  const common = useTranslations("common");
  const router = useRouter();
  const [choice, setChoice] = useState<string>(current ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const result = await setLocaleAction({ locale: choice as "" | Locale });
      setMessage(result.ok ? t("languageSaved") : t("invalidLocale"));
      if (result.ok) router.refresh();
    });
  return (
    <form
      className="language-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor="locale">{t("languageLabel")}</label>
      <select id="locale" name="locale" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t("languageBrowser", { browser: t(`languageNames.${browser}`) })}</option>
        <option value="en" lang="en">
          {t("languageNames.en")}
        </option>
        <option value="sv" lang="sv">
          {t("languageNames.sv")}
        </option>
      </select>{" "}
      <button className="button secondary" type="submit" disabled={pending}>
        {pending ? common("saving") : t("saveLanguage")}
      </button>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </form>
  );
}
