import type { Metadata } from "next";
import Link from "next/link";
import { When } from "@/components/application/when";
import { FeedbackBadge } from "@/components/feedback/feedback-badge";
import { actorOrLogin } from "@/lib/auth/current";
import { myInterviews, type MyInterview } from "@/lib/feedback/interview-queries";
import "@/components/feedback/feedback.css";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "My interviews" };

function InterviewTable({ caption, items, empty }: { caption: string; items: MyInterview[]; empty: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <TableScroll label={caption}>
      <table className="data interviews-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Interview</th>
            <th scope="col">When</th>
            <th scope="col">Feedback</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={`row-${i.feedback}`}>
              <td>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link>
                <span className="sub">{i.job}</span>
              </td>
              <td>{i.kindLabel}</td>
              <td>{i.startsAt ? <When iso={i.startsAt} /> : "Not set"}</td>
              <td>
                <FeedbackBadge state={i.feedback} />
                {i.draft && i.feedback !== "submitted" && <span className="sub">Draft saved</span>}
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
  const overdue = past.filter((i) => i.feedback === "overdue").length;
  const due = past.filter((i) => i.feedback === "due").length;
  return (
    <>
      <h1>My interviews</h1>
      {(overdue > 0 || due > 0) && (
        <p className={`notice ${overdue ? "closed" : ""}`} role="status">
          {overdue > 0 && (
            <strong>
              {overdue} scorecard{overdue === 1 ? " is" : "s are"} overdue (more than 24 hours after the
              interview).{" "}
            </strong>
          )}
          {due > 0 && <>{due} due now.</>}
        </p>
      )}
      <section className="card" aria-labelledby="past-heading">
        <h2 id="past-heading">Feedback</h2>
        <InterviewTable caption="Interviews that have taken place" items={past} empty="No past interviews yet." />
      </section>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        <InterviewTable
          caption="Upcoming interviews"
          items={upcoming}
          empty="Nothing planned. When a recruiter adds you to an interview, it appears here and you get an email."
        />
      </section>
    </>
  );
}
