import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApplicationHeader } from "@/components/application/application-header";
import { ApplicationMoves } from "@/components/application/application-moves";
import { ColumnNav } from "@/components/application/column-nav";
import { CandidateDetails } from "@/components/application/candidate-details";
import { CvCard } from "@/components/application/cv-card";
import { NotesPanel } from "@/components/application/notes-panel";
import { PersonPanel } from "@/components/people/person-panel";
import { personPanel, type PersonPanel as PersonPanelData } from "@/lib/people/person-panel";
import { TagsEditor } from "@/components/application/tags-editor";
import { Timeline } from "@/components/application/timeline";
import { DecisionPanel } from "@/components/feedback/decision-panel";
import { InterviewsPanel } from "@/components/feedback/interviews-panel";
import { ReferencesPanel } from "@/components/feedback/references-panel";
import { SchedulingPanel } from "@/components/scheduling/scheduling-panel";
import { schedulingRequestsOf, type SchedulingRequestDto } from "@/lib/scheduling/requests";
import { getApplicationDetail, type ApplicationDetail } from "@/lib/applications/detail";
import { applicationNeighbours, type Neighbours } from "@/lib/applications/neighbours";
import { applicationFeedback, type ApplicationFeedback } from "@/lib/feedback/application-feedback";
import { actorOrLogin } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { boardPlace, placeSearch } from "@/lib/validations/board";
import { ClientMessages } from "@/components/i18n/client-messages";
import "@/components/application/application.css";
import "@/components/board/move-controls.css";
import "@/components/feedback/feedback.css";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("title") };
}

export default async function ApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await actorOrLogin(`/staff/applications/${id}`);
  // The board column and filters the card's link carried: for Previous/Next and the way back.
  const place = boardPlace.parse(
    Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string")),
  );
  const search = placeSearch(place);
  let detail: ApplicationDetail;
  let feedback: ApplicationFeedback;
  let neighbours: Neighbours | null = null;
  let scheduling: SchedulingRequestDto[];
  let person: PersonPanelData;
  try {
    detail = await getApplicationDetail(actor, /^\d{1,12}$/.test(id) ? Number(id) : 0, await getLocale());
    feedback = await applicationFeedback(actor, detail.id);
    scheduling = await schedulingRequestsOf(actor, detail.id);
    person = await personPanel(actor, detail.id);
    if (place.column) neighbours = await applicationNeighbours(actor, detail.id, { ...place, column: place.column });
  } catch (e) {
    // Missing and not-yours look the same, as in the API.
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  return (
    <ClientMessages of="/staff/applications/[id]">
      <article className="application">
        <ApplicationHeader detail={detail} backSearch={neighbours ? search : ""} />
        <div className="application-toolbar">
          <ColumnNav neighbours={neighbours} search={search} />
          <ApplicationMoves
            detail={{ ...detail, name: detail.candidate.name }}
            suggestedFeedback={feedback.decision.suggestedFeedback}
          />
        </div>
        <div className="application-grid">
          <div className="application-main">
            <CandidateDetails detail={detail} />
            <PersonPanel panel={person} />
            <CvCard applicationId={detail.id} cv={detail.cv} />
            <InterviewsPanel
              applicationId={detail.id}
              viewerId={actor.id}
              interviews={feedback.interviews}
              planning={feedback.planning}
              canCancel={feedback.canCancel}
              planHint={feedback.planHint}
            />
            <SchedulingPanel
              applicationId={detail.id}
              requests={scheduling}
              planning={feedback.planning}
              canCancel={feedback.canCancel}
            />
            {(feedback.interviews.length > 0 || feedback.decision.canDecide) && (
              <DecisionPanel
                applicationId={detail.id}
                version={detail.version}
                view={feedback.decision}
                attributes={feedback.attributes}
              />
            )}
            {feedback.references && (
              <ReferencesPanel
                applicationId={detail.id}
                version={detail.version}
                referees={feedback.references.referees}
                backgroundCheck={feedback.references.backgroundCheck}
                canHire={feedback.references.canHire}
                canOverride={feedback.references.canOverride}
              />
            )}
          </div>
          <div className="application-side">
            <TagsEditor applicationId={detail.id} tags={detail.tags} />
            <NotesPanel applicationId={detail.id} notes={detail.notes} colleagues={detail.colleagues} />
            <Timeline entries={detail.timeline} />
          </div>
        </div>
      </article>
    </ClientMessages>
  );
}
