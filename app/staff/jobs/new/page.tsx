import type { Metadata } from "next";
import { JobEditor } from "@/components/staff/job-editor/job-editor";
import { actorWith } from "@/lib/auth/current";
import { editorCountries } from "@/lib/jobs/editor-props";
import { hiringManagerOptions, newJobValues } from "@/lib/jobs/editor-queries";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  const actor = await actorWith("jobs.manage", "/staff/jobs/new");
  return (
    <>
      <h1>New job</h1>
      <p>
        A new job starts as a draft, with the usual hiring process and scorecard. Nobody outside sees it until you open
        it.
      </p>
      <JobEditor
        values={newJobValues(actor)}
        occupancy={{}}
        staff={await hiringManagerOptions(actor)}
        {...editorCountries()}
      />
    </>
  );
}
