import type { Metadata } from "next";
import { InviteForm } from "@/components/people/invite-form";
import { actorWith } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { openJobs } from "@/lib/people/invite";
import { REACHED, talentPool } from "@/lib/people/talent-pool";
import { talentFilters, type TalentFilters } from "@/lib/validations/people";
import { fieldErrorsOf } from "@/lib/validations/parse";
import "@/components/people/people.css";

export const metadata: Metadata = { title: "Talent pool" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const REACHED_NAMES = {
  screening: "Screening",
  interview: "Interview",
  decision: "Decision",
  offer_checks: "Offer and checks",
};

/** Everyone who agreed to be kept for future roles, while that consent lives: search, filter, invite. */
export default async function TalentPage({ searchParams }: Props) {
  const actor = await actorWith("talent.view", "/staff/talent");
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string" && v.trim()) raw[k] = v;
  const parsed = talentFilters.safeParse(raw);
  const filters: TalentFilters = parsed.success ? parsed.data : {};
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const people = await talentPool(actor, filters);
  const jobs = can(actor, "talent.invite") ? await openJobs(actor) : [];
  return (
    <>
      <h1>Talent pool</h1>
      <p>
        People who asked to be kept in mind for future roles, until their consent ends. Each is asked a month before
        whether to stay; a withdrawal removes them at once.
      </p>
      <form className="card talent-filters" method="get" role="search" aria-label="Search the talent pool">
        <label htmlFor="talent-q">Search names, emails and notes</label>
        <input id="talent-q" name="q" type="search" defaultValue={raw.q ?? ""} />
        <label htmlFor="talent-country">Country (two letters)</label>
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
        <label htmlFor="talent-tag">Tag</label>
        <input id="talent-tag" name="tag" defaultValue={raw.tag ?? ""} />
        <label htmlFor="talent-reached">Got at least as far as</label>
        <select id="talent-reached" name="reached" defaultValue={raw.reached ?? ""}>
          <option value="">Any stage</option>
          {REACHED.map((r) => (
            <option key={r} value={r}>
              {REACHED_NAMES[r]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p role="status">{people.length === 1 ? "1 person" : `${people.length} people`}</p>
      <ul className="talent-list">
        {people.map((p) => (
          <li key={p.candidateId} className="card">
            <h2>{p.name}</h2>
            <p>
              {p.email} · {p.country} · {p.locale === "sv" ? "Swedish" : "English"} · consent until{" "}
              {p.consentUntil.slice(0, 10)}
              {p.reached && <> · reached {REACHED_NAMES[p.reached]}</>}
            </p>
            <p>
              Applied for:{" "}
              {p.applications.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ", "}
                  <a href={`/staff/applications/${a.id}`}>{a.jobTitle}</a> ({a.status})
                </span>
              ))}
            </p>
            {p.tags.length > 0 && (
              <ul className="tags" aria-label="Tags">
                {p.tags.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
            {can(actor, "talent.invite") && <InviteForm candidateId={p.candidateId} name={p.name} jobs={jobs} />}
          </li>
        ))}
      </ul>
    </>
  );
}
