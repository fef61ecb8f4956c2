import { useTranslations } from "next-intl";
import type { ApplicationDetail } from "@/lib/applications/detail";

const TYPE_LABELS: Record<string, string> = { pdf: "PDF", docx: "Word document", odt: "OpenDocument text" };

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const NO_TEXT: Record<string, string> = {
  no_text: "it has no text layer (a scan or a picture of a page)",
  encrypted: "it is protected by a password",
  unreadable: "the file could not be read",
  timeout: "reading it took longer than 30 seconds",
};

/**
 * The text read from the CV (lib/cv-text/), folded away by default: for screen readers, for Word
 * and OpenDocument files no browser previews, and for copying. Says so when there is none.
 */
function CvTextPanel({ text }: { text: NonNullable<ApplicationDetail["cv"]>["text"] }) {
  if (text.state === "pending") return <p className="cv-text-state">The CV&apos;s text is being read for search.</p>;
  if (text.state === "none")
    return (
      <p className="cv-text-state">
        No text: {NO_TEXT[text.note ?? "unreadable"] ?? NO_TEXT.unreadable}, so search does not find words in this CV.
      </p>
    );
  return (
    <details className="cv-text">
      <summary>Text of the CV</summary>
      <div className="cv-text-body" tabIndex={0} role="region" aria-label="Text of the CV">
        {text.body}
      </div>
      {text.shortened && <p className="hint">Shortened here; the file has the rest.</p>}
    </details>
  );
}

export function CvCard({ applicationId, cv }: { applicationId: number; cv: ApplicationDetail["cv"] }) {
  const href = `/api/staff/applications/${applicationId}/cv`;
  const t = useTranslations("application.cv");
  return (
    <section className="card" aria-labelledby="cv-heading">
      <h2 id="cv-heading">CV</h2>
      {!cv ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <>
          <p className="cv-meta">
            <span className="typed">{cv.name}</span> · {TYPE_LABELS[cv.type] ?? cv.type} · {size(cv.size)}
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
              Download CV<span className="visually-hidden"> ({cv.name})</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
