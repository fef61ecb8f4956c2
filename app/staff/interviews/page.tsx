import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { When } from "@/components/application/when";
import { FeedbackBadge } from "@/components/feedback/feedback-badge";
import { actorOrLogin } from "@/lib/auth/current";
import { myInterviews, type MyInterview } from "@/lib/feedback/interview-queries";
import "@/components/feedback/feedback.css";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interviews"))("title") };
}

async function InterviewTable({ caption, items, empty }: { caption: string; items: MyInterview[]; empty: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  const t = await getTranslations("interviews");
  const kinds = await getTranslations("feedback.kinds");
  return (
    <TableScroll label={caption}>
      <table className="data interviews-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("candidate")}</th>
            <th scope="col">{t("interview")}</th>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("feedback")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={`row-${i.feedback}`}>
              <td>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link>
                <span className="sub">{i.job}</span>
              </td>
              <td>{kinds(i.kind)}</td>
              <td>{i.startsAt ? <When iso={i.startsAt} /> : t("notSet")}</td>
              <td>
                <FeedbackBadge state={i.feedback} />
                {i.draft && i.feedback !== "submitted" && <span className="sub">{t("draftSaved")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function InterviewsPage() {
  const actor = await actorOrLogin("/staff/interviews");
  const { upcoming, past } = await myInterviews(actor);
  const t = await getTranslations("interviews");
  const overdue = past.filter((i) => i.feedback === "overdue").length;
  const due = past.filter((i) => i.feedback === "due").length;
  return (
    <>
      <h1>{t("title")}</h1>
      {(overdue > 0 || due > 0) && (
        <p className={`notice ${overdue ? "closed" : ""}`} role="status">
          {overdue > 0 && <strong>{t("overdue", { count: overdue })}</strong>}
          {due > 0 && t("due", { count: due })}
        </p>
      )}
      <section className="card" aria-labelledby="past-heading">
        <h2 id="past-heading">{t("pastHeading")}</h2>
        <InterviewTable caption={t("pastCaption")} items={past} empty={t("pastEmpty")} />
      </section>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("upcomingHeading")}</h2>
        <InterviewTable caption={t("upcomingCaption")} items={upcoming} empty={t("upcomingEmpty")} />
      </section>
    </>
  );
}
