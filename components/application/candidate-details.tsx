import type { ApplicationDetail } from "@/lib/applications/detail";
import { When } from "./when";

const SOURCE_LABELS: Record<string, string> = {
  linkedin: "LinkedIn",
  github: "GitHub",
  job_board: "A job board",
  friend: "A friend or colleague",
  event: "An event",
  website: "Our website",
  other: "Other",
};
const CONSENT_LABELS: Record<string, string> = {
  privacy_notice: "Privacy notice",
  future_roles: "Keep for future roles",
};
const LOCALE_LABELS: Record<string, string> = { en: "English", sv: "Swedish" };

/** What the candidate typed, always rendered as text: React escapes it, nothing is parsed as HTML. */
function Answer({ label, value }: { label: string; value: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={value ? "typed" : "empty"}>{value || "Not answered"}</dd>
    </>
  );
}

export function CandidateDetails({ detail }: { detail: ApplicationDetail }) {
  const { candidate, answers } = detail;
  return (
    <>
      <section className="card" aria-labelledby="candidate-heading">
        <h2 id="candidate-heading">Candidate</h2>
        <dl className="details">
          <dt>Name</dt>
          <dd>{candidate.name}</dd>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </dd>
          <dt>Phone</dt>
          <dd className={candidate.phone ? undefined : "empty"}>{candidate.phone ?? "Not given"}</dd>
          <dt>Country</dt>
          <dd>
            {candidate.countryName} ({candidate.country})
          </dd>
          <dt>Links</dt>
          <dd>
            {candidate.links.length === 0 ? (
              <span className="empty">None given</span>
            ) : (
              <ul className="links">
                {candidate.links.map((l) => (
                  <li key={l.kind}>
                    {l.label}:{" "}
                    <a href={l.url} rel="noopener noreferrer" target="_blank">
                      {l.url}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers</h2>
        <dl className="details">
          <Answer label="Note to the team" value={answers.note} />
          <Answer label="How they would like to show their skills" value={answers.showSkills} />
          <Answer
            label="Heard about the role from"
            value={answers.source ? (SOURCE_LABELS[answers.source] ?? answers.source) : null}
          />
          <Answer label="Language" value={LOCALE_LABELS[answers.locale] ?? answers.locale} />
          {detail.custom.map((c) => (
            <Answer key={c.key} label={c.label} value={c.answer} />
          ))}
        </dl>
        {detail.pendingKnockout && (
          <p className="notice closed">
            A knockout answer (“{detail.pendingKnockout.question}”) will reject this application automatically on{" "}
            <When iso={detail.pendingKnockout.dueAt} />, with the job&apos;s prepared message. Moving it to another
            stage before then cancels that.
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="consents-heading">
        <h2 id="consents-heading">Consents</h2>
        <ul className="consents">
          {detail.consents.map((c) => (
            <li key={c.kind}>
              <strong>{CONSENT_LABELS[c.kind] ?? c.kind}</strong> · notice version {c.noticeVersion} · given{" "}
              <When iso={c.givenAt} />
              {c.withdrawnAt && (
                <>
                  {" "}
                  · withdrawn <When iso={c.withdrawnAt} />
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
