import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { notFound } from "next/navigation";
import { JobEditor } from "@/components/staff/job-editor/job-editor";
import { JobStatusControl } from "@/components/staff/job-status-control";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { editorCountries } from "@/lib/jobs/editor-props";
import { getJobEditor, hiringManagerOptions } from "@/lib/jobs/editor-queries";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobAdmin"))("editTitle") };
}

export default async function EditJobPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await actorWith("jobs.manage", `/staff/jobs/${slug}/edit`);
  let editor;
  try {
    editor = await getJobEditor(actor, slug);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const { saved } = await searchParams;
  const t = await getTranslations("jobAdmin");
  return (
    <ClientMessages of="/staff/jobs/[slug]/edit">
      <>
        <h1>{t("editHeading", { title: editor.values.content.en.title })}</h1>
        <div className="job-admin-links">
          <Link className="button secondary small" href={`/staff/jobs/${slug}`}>
            {t("openBoard")}
          </Link>
          {editor.status !== "draft" && (
            <a className="button secondary small" href={`/jobs/${slug}`}>
              {t("seePosting")}
            </a>
          )}
        </div>
        {saved && (
          <p className="notice" role="status">
            {t("saved")}
          </p>
        )}
        <JobStatusControl slug={slug} status={editor.status} hasApplications={editor.applicationCount > 0} />
        <JobEditor
          key={slug}
          currentSlug={slug}
          values={editor.values}
          occupancy={editor.occupancy}
          staff={await hiringManagerOptions(actor)}
          {...editorCountries(await viewerLocale())}
        />
      </>
    </ClientMessages>
  );
}
