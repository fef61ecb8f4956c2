import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MessageEditor } from "@/components/staff/messages/message-editor";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import { messageEditor, type MessageEditorData } from "@/lib/mail/message-editor";
import "@/components/staff/messages/messages.css";

export const metadata: Metadata = { title: "Messages to candidates" };

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
  return (
    <>
      <h1>Messages to candidates</h1>
      <p className="notice">
        The emails candidates receive, in English and Swedish. Write plain text: variables in double braces are filled
        in for each candidate, a blank line starts a new paragraph, and a paragraph whose variables are all empty is
        left out. A job can override the organisation&apos;s wording; without either, the built-in text is sent.
      </p>
      <form method="get" className="messages-scope">
        <div className="field">
          <label htmlFor="messages-job">Wording for</label>
          <select id="messages-job" name="job" defaultValue={jobId ?? ""}>
            <option value="">The whole organisation</option>
            {data.jobs.map((j) => (
              <option key={j.id} value={j.id}>
                Only the job {j.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button small secondary">
          Show
        </button>
      </form>
      <MessageEditor data={data} origin={publicOrigin()} />
    </>
  );
}
