import { useTranslations } from "next-intl";
import type { ApplicationDetail } from "@/lib/applications/detail";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const TYPES = ["pdf", "docx", "odt"] as const;
const NO_TEXT = ["no_text", "encrypted", "unreadable", "timeout"] as const;
const known = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  (list as readonly string[]).includes(value ?? "");

/**
 * The text read from the CV (lib/cv-text/), folded away by default: for screen readers, for Word
 * and OpenDocument files no browser previews, and for copying. Says so when there is none.
 */
function CvTextPanel({ text }: { text: NonNullable<ApplicationDetail["cv"]>["text"] }) {
  const t = useTranslations("application.cv");
  if (text.state === "pending") return <p className="cv-text-state">{t("pending")}</p>;
  if (text.state === "none")
    return (
      <p className="cv-text-state">
        {t("noText", { why: t(`noTextWhy.${known(NO_TEXT, text.note) ? text.note : "unreadable"}`) })}
      </p>
    );
  return (
    <details className="cv-text">
      <summary>{t("text")}</summary>
      <div className="cv-text-body" tabIndex={0} role="region" aria-label={t("text")}>
        {text.body}
      </div>
      {text.shortened && <p className="hint">{t("shortened")}</p>}
    </details>
  );
}

export function CvCard({ applicationId, cv }: { applicationId: number; cv: ApplicationDetail["cv"] }) {
  const href = `/api/staff/applications/${applicationId}/cv`;
  const t = useTranslations("application.cv");
  return (
    <section className="card" aria-labelledby="cv-heading">
      <h2 id="cv-heading">{t("heading")}</h2>
      {!cv ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <>
          <p className="cv-meta">
            <span className="typed">{cv.name}</span> · {known(TYPES, cv.type) ? t(`types.${cv.type}`) : cv.type} ·{" "}
            {size(cv.size)}
          </p>
          <div className="cv-body">
            {cv.type === "pdf" ? (
              // No sandbox attribute: Chromium will not render a PDF in any sandboxed frame. The
              // response sandboxes itself with a CSP header instead (see the cv route).
              <iframe className="cv-preview" src={`${href}?inline=1`} title={t("preview", { name: cv.name })} />
            ) : (
              <p>{t("noPreview")}</p>
            )}
            <CvTextPanel text={cv.text} />
          </div>
          <p className="actions">
            <a className="button" href={href} download>
              {t.rich("download", {
                name: cv.name,
                hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
              })}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
