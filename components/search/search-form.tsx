import { useTranslations } from "next-intl";

/** A plain GET form: the search lives in the URL, can be shared and works without JavaScript. */
export function SearchForm({ value, error }: { value: string; error: string | null }) {
  const t = useTranslations("search");
  return (
    <form method="get" action="/staff/search" role="search" className="card search-form">
      <div className="field">
        <label htmlFor="search-q">{t("label")}</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={value}
          maxLength={200}
          aria-describedby={error ? "search-q-error search-q-help" : "search-q-help"}
          {...(error ? { "aria-invalid": true } : {})}
        />
        <p className="hint" id="search-q-help">
          {t.rich("help", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
        </p>
        {error && (
          <p className="error" id="search-q-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
