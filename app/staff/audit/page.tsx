import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/staff/audit-filters";
import { actorWith } from "@/lib/auth/current";
import { listAudit } from "@/lib/events/audit-queries";
import { isAppError } from "@/lib/errors";
import { ORGANISATION_EVENT_KINDS } from "@/lib/events/organisation-events";
import { listUsers } from "@/lib/users/users";
import { auditQuery, type AuditQuery } from "@/lib/validations/audit";
import { parseOrThrow } from "@/lib/validations/parse";
import "@/components/reports/reports.css";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const who = (a: Awaited<ReturnType<typeof listAudit>>["entries"][number]["actor"]) =>
  a.type === "user"
    ? a.name
    : a.type === "system"
      ? `System (${a.job})`
      : a.type === "candidate"
        ? "Candidate"
        : "Unknown";

export default async function AuditPage({ searchParams }: Props) {
  const actor = await actorWith("audit.view", "/staff/audit");
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") raw[key] = value;
  let query: AuditQuery = {};
  let errors: Record<string, string> = {};
  try {
    query = parseOrThrow(auditQuery, raw);
  } catch (e) {
    if (!isAppError(e) || e.code !== "invalid") throw e;
    errors = e.extra.errors ?? {};
  }
  const page = await listAudit(actor, query);
  const users = (await listUsers(actor)).map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
  const next = page.nextCursor
    ? `/staff/audit?${new URLSearchParams({ ...(query.kind ? { kind: query.kind } : {}), ...(query.userId ? { userId: String(query.userId) } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every change to users and jobs, and every periodic run, newest first. Applications keep their own history on
        their page.
      </p>
      <AuditFilters
        kinds={ORGANISATION_EVENT_KINDS}
        users={users}
        values={{ kind: query.kind ?? "", userId: query.userId ? String(query.userId) : "" }}
        errors={errors}
      />
      {page.entries.length === 0 ? (
        <p role="status">No entries match these filters.</p>
      ) : (
        <TableScroll label="Audit log entries">
          <table className="data">
            <caption className="visually-hidden">Audit log entries</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")}</time>
                  </td>
                  <td>{who(e.actor)}</td>
                  <td>{e.summary}</td>
                  <td>
                    <code>{e.kind}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {(query.cursor || next) && (
        <nav className="pager" aria-label="Audit log pages">
          {query.cursor && (
            <Link
              href={`/staff/audit?${new URLSearchParams({ ...(query.kind ? { kind: query.kind } : {}), ...(query.userId ? { userId: String(query.userId) } : {}) })}`}
            >
              Newest entries
            </Link>
          )}
          {next && <Link href={next}>Older entries</Link>}
        </nav>
      )}
    </>
  );
}
