import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/people/invite-form";
import { actorWith } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { openJobs } from "@/lib/people/invite";
import { REACHED, talentPool } from "@/lib/people/talent-pool";
import { talentFilters, type TalentFilters } from "@/lib/validations/people";
import { fieldErrorsOf } from "@/lib/validations/parse";
import "@/components/people/people.css";
import { schemaWordsIn } from "@/lib/i18n/schema-words";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("talent"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Everyone who agreed to be kept for future roles, while that consent lives: search, filter, invite. */
export default async function TalentPage({ searchParams }: Props) {
  const actor = await actorWith("talent.view", "/staff/talent");
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string" && v.trim()) raw[k] = v;
  const parsed = talentFilters.safeParse(raw);
  const filters: TalentFilters = parsed.success ? parsed.data : {};
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error, schemaWordsIn(await viewerLocale()));
  const people = await talentPool(actor, filters);
  const jobs = can(actor, "talent.invite") ? await openJobs(actor) : [];
  const t = await getTranslations("talent");
  const statuses = await getTranslations("application.status");
  return (
    <ClientMessages of="/staff/talent">
      <>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <form className="card talent-filters" method="get" role="search" aria-label={t("filters")}>
          <label htmlFor="talent-q">{t("q")}</label>
          <input id="talent-q" name="q" type="search" defaultValue={raw.q ?? ""} />
          <label htmlFor="talent-country">{t("country")}</label>
          <input
            id="talent-country"
            name="country"
            defaultValue={raw.country ?? ""}
            maxLength={2}
            aria-invalid={Boolean(errors.country)}
            aria-describedby={errors.country ? "talent-country-error" : undefined}
          />
          {errors.country && (
            <p id="talent-country-error" className="error">
              {errors.country}
            </p>
          )}
          <label htmlFor="talent-tag">{t("tag")}</label>
          <input id="talent-tag" name="tag" defaultValue={raw.tag ?? ""} />
          <label htmlFor="talent-reached">{t("reached")}</label>
          <select id="talent-reached" name="reached" defaultValue={raw.reached ?? ""}>
            <option value="">{t("anyStage")}</option>
            {REACHED.map((r) => (
              <option key={r} value={r}>
                {t(`stages.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("search")}
          </button>
        </form>
        <p role="status">{t("count", { count: people.length })}</p>
        <ul className="talent-list">
          {people.map((p) => (
            <li key={p.candidateId} className="card">
              <h2>{p.name}</h2>
              <p>
                {p.email} · {p.country} · {t("language", { locale: p.locale })} ·{" "}
                {t("consentUntil", { date: p.consentUntil.slice(0, 10) })}
                {p.reached && <> · {t("reachedStage", { stage: t(`stages.${p.reached}`) })}</>}
              </p>
              <p>
                {t("appliedFor")}{" "}
                {p.applications.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 && ", "}
                    <a href={`/staff/applications/${a.id}`}>{a.jobTitle}</a> ({statuses(a.status)})
                  </span>
                ))}
              </p>
              {p.tags.length > 0 && (
                <ul className="tags" aria-label={t("tags")}>
                  {p.tags.map((tag) => (
                    <li key={tag}>{tag}</li>
                  ))}
                </ul>
              )}
              {can(actor, "talent.invite") && <InviteForm candidateId={p.candidateId} name={p.name} jobs={jobs} />}
            </li>
          ))}
        </ul>
      </>
    </ClientMessages>
  );
}
