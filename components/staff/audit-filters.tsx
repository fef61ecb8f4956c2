import { useTranslations } from "next-intl";

type Props = {
  kinds: readonly string[];
  users: { id: number; label: string }[];
  values: { kind: string; userId: string };
  errors: Record<string, string>;
};

/** A plain GET form like the reports': the filters live in the URL and work without JavaScript. */
export function AuditFilters({ kinds, users, values, errors }: Props) {
  const t = useTranslations("audit.filters");
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form method="get" action="/staff/audit" className="card report-filters" aria-label={t("label")}>
      <div className="field">
        <label htmlFor="audit-kind">{t("kind")}</label>
        <select id="audit-kind" name="kind" defaultValue={values.kind} {...invalid("kind")}>
          <option value="">{t("allKinds")}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        {errors.kind && (
          <p className="error" id="kind-error">
            {errors.kind}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="audit-user">{t("user")}</label>
        <select id="audit-user" name="userId" defaultValue={values.userId} {...invalid("userId")}>
          <option value="">{t("everyone")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
        {errors.userId && (
          <p className="error" id="userId-error">
            {errors.userId}
          </p>
        )}
      </div>
      <div className="report-actions">
        <button type="submit" className="button small">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
