import { useTranslations } from "next-intl";

type Props = {
  jobs: { slug: string; title: string }[];
  values: { job: string; from: string; to: string };
  errors: Record<string, string>;
  csvHref: string | null;
};

/** A plain GET form: the scope lives in the URL, so it works without JavaScript and can be shared. */
export function ReportFilters({ jobs, values, errors, csvHref }: Props) {
  const t = useTranslations("reports");
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form method="get" action="/staff/reports" className="card report-filters" aria-label={t("filters.label")}>
      <div className="field">
        <label htmlFor="report-job">{t("filters.job")}</label>
        <select id="report-job" name="job" defaultValue={values.job} {...invalid("job")}>
          <option value="">{t("allJobs")}</option>
          {jobs.map((j) => (
            <option key={j.slug} value={j.slug}>
              {j.title} ({j.slug})
            </option>
          ))}
        </select>
        {errors.job && (
          <p className="error" id="job-error">
            {errors.job}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="report-from">{t("filters.from")}</label>
        <input id="report-from" type="date" name="from" defaultValue={values.from} {...invalid("from")} />
        {errors.from && (
          <p className="error" id="from-error">
            {errors.from}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="report-to">{t("filters.to")}</label>
        <input id="report-to" type="date" name="to" defaultValue={values.to} {...invalid("to")} />
        {errors.to && (
          <p className="error" id="to-error">
            {errors.to}
          </p>
        )}
      </div>
      <div className="report-actions">
        <button type="submit" className="button small">
          {t("filters.show")}
        </button>
        {csvHref && (
          <a href={csvHref} className="button small secondary" download>
            {t("filters.csv")}
          </a>
        )}
      </div>
    </form>
  );
}
