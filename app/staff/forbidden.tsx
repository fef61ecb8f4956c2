import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The one 403 page of the staff side: a role that may not see a page gets this, with a way on. */
export default async function NoAccess() {
  const t = await getTranslations("errors.pages");
  return (
    <section className="card">
      <title>{t("forbiddenTitle")}</title>
      <h1>{t("forbidden")}</h1>
      <p>{t("forbiddenRole")}</p>
      <p>{t("forbiddenAsk")}</p>
      <p>
        <Link href="/staff">{t("forbiddenHome")}</Link>
      </p>
    </section>
  );
}
