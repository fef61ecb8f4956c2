import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MessageEditor } from "@/components/staff/messages/message-editor";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import { messageEditor, type MessageEditorData } from "@/lib/mail/message-editor";
import { ClientMessages } from "@/components/i18n/client-messages";
import "@/components/staff/messages/messages.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  const actor = await actorWith("messages.edit", "/staff/messages");
  const { job } = await searchParams;
  const jobId = typeof job === "string" && /^\d{1,12}$/.test(job) ? Number(job) : null;
  let data: MessageEditorData;
  try {
    data = await messageEditor(actor, jobId);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("messages");
  return (
    <ClientMessages of="/staff/messages">
      <>
        <h1>{t("title")}</h1>
        <p className="notice">{t("intro")}</p>
        <form method="get" className="messages-scope">
          <div className="field">
            <label htmlFor="messages-job">{t("wordingFor")}</label>
            <select id="messages-job" name="job" defaultValue={jobId ?? ""}>
              <option value="">{t("organisation")}</option>
              {data.jobs.map((j) => (
                <option key={j.id} value={j.id}>
                  {t("onlyJob", { title: j.title })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button small secondary">
            {t("show")}
          </button>
        </form>
        <MessageEditor data={data} origin={publicOrigin()} />
      </>
    </ClientMessages>
  );
}
