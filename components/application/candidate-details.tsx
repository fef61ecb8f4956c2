import { useTranslations } from "next-intl";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { When } from "./when";

/** What the candidate typed, always rendered as text: React escapes it, nothing is parsed as HTML. */
function Answer({ label, value }: { label: string; value: string | null }) {
  const t = useTranslations("application");
  return (
    <>
      <dt>{label}</dt>
      <dd className={value ? "typed" : "empty"}>{value || t("notAnswered")}</dd>
    </>
  );
}

export function CandidateDetails({ detail }: { detail: ApplicationDetail }) {
  const { candidate, answers } = detail;
  const t = useTranslations("application");
  const label = (group: "sources" | "languages" | "consentKinds", key: string) =>
    t.has(`${group}.${key}` as "sources.other") ? t(`${group}.${key}` as "sources.other") : key;
  return (
    <>
      <section className="card" aria-labelledby="candidate-heading">
        <h2 id="candidate-heading">{t("candidate")}</h2>
        <dl className="details">
          <dt>{t("name")}</dt>
          <dd>{candidate.name}</dd>
          <dt>{t("email")}</dt>
          <dd>
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </dd>
          <dt>{t("phone")}</dt>
          <dd className={candidate.phone ? undefined : "empty"}>{candidate.phone ?? t("notGiven")}</dd>
          <dt>{t("country")}</dt>
          <dd>
            {candidate.countryName} ({candidate.country})
          </dd>
          <dt>{t("links")}</dt>
          <dd>
            {candidate.links.length === 0 ? (
              <span className="empty">{t("noneGiven")}</span>
            ) : (
              <ul className="links">
                {candidate.links.map((l) => (
                  <li key={l.kind}>
                    {l.label}:{" "}
                    <a href={l.url} rel="noopener noreferrer" target="_blank">
                      {l.url}
                      <span className="visually-hidden">{t("newTab")}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t("answers")}</h2>
        <dl className="details">
          <Answer label={t("note")} value={answers.note} />
          <Answer label={t("showSkills")} value={answers.showSkills} />
          <Answer label={t("source")} value={answers.source ? label("sources", answers.source) : null} />
          <Answer label={t("language")} value={label("languages", answers.locale)} />
          {detail.custom.map((c) => (
            <Answer key={c.key} label={c.label} value={c.answer} />
          ))}
        </dl>
        {detail.pendingKnockout && (
          <p className="notice closed">
            {t.rich("knockout", {
              question: detail.pendingKnockout.question,
              due: () => <When iso={detail.pendingKnockout!.dueAt} />,
            })}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="consents-heading">
        <h2 id="consents-heading">{t("consents")}</h2>
        <ul className="consents">
          {detail.consents.map((c) => (
            <li key={c.kind}>
              <strong>{label("consentKinds", c.kind)}</strong> · {t("noticeVersion", { version: c.noticeVersion })} ·{" "}
              {t("given")} <When iso={c.givenAt} />
              {c.withdrawnAt && (
                <>
                  {" "}
                  · {t("withdrawn")} <When iso={c.withdrawnAt} />
                </>
              )}
              <blockquote className="typed">{c.text}</blockquote>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
