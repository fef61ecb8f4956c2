import { useTranslations } from "next-intl";

/** The calendar invite and the video link of one interview, where it has them. */
export function InterviewLinks({
  interview,
}: {
  interview: { id: number; startsAt: string | null; videoUrl: string | null };
}) {
  const t = useTranslations("feedback.links");
  return (
    <>
      {interview.startsAt && (
        <a className="button small secondary" href={`/api/staff/interviews/${interview.id}/invite.ics`} download>
          {t("calendar")}
        </a>
      )}
      {interview.videoUrl && (
        <a className="button small secondary" href={interview.videoUrl} target="_blank" rel="noopener noreferrer">
          {t("video")}
        </a>
      )}
    </>
  );
}
