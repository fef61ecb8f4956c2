import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { JobEditor } from "@/components/staff/job-editor/job-editor";
import { actorWith } from "@/lib/auth/current";
import { editorCountries } from "@/lib/jobs/editor-props";
import { hiringManagerOptions, newJobValues } from "@/lib/jobs/editor-queries";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobAdmin"))("newTitle") };
}

export default async function NewJobPage() {
  const actor = await actorWith("jobs.manage", "/staff/jobs/new");
  const t = await getTranslations("jobAdmin");
  return (
    <ClientMessages of="/staff/jobs/new">
      <>
        <h1>{t("newTitle")}</h1>
        <p>{t("newIntro")}</p>
        <JobEditor
          values={newJobValues(actor)}
          occupancy={{}}
          staff={await hiringManagerOptions(actor)}
          {...editorCountries(await viewerLocale())}
        />
      </>
    </ClientMessages>
  );
}
