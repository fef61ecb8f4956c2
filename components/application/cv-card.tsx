import { useTranslations } from "next-intl";
import type { ApplicationDetail } from "@/lib/applications/detail";

const TYPE_LABELS: Record<string, string> = { pdf: "PDF", docx: "Word document", odt: "OpenDocument text" };

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
          {cv.type === "pdf" ? (
            // No sandbox attribute: Chromium will not render a PDF in any sandboxed frame. The
            // response sandboxes itself with a CSP header instead (see the cv route).
            <iframe className="cv-preview" src={`${href}?inline=1`} title={t("preview", { name: cv.name })} />
          ) : (
            <p>{t("noPreview")}</p>
          )}
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
