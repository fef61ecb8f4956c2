/** The calendar invite and the video link of one interview, where it has them. */
export function InterviewLinks({
  interview,
}: {
  interview: { id: number; startsAt: string | null; videoUrl: string | null };
}) {
  return (
    <>
      {interview.startsAt && (
        <a className="button small secondary" href={`/api/staff/interviews/${interview.id}/invite.ics`} download>
          Calendar invite (.ics)
        </a>
      )}
      {interview.videoUrl && (
        <a className="button small secondary" href={interview.videoUrl} target="_blank" rel="noopener noreferrer">
          Video link
        </a>
      )}
    </>
  );
}
