import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/staff/audit-filters";
import { actorWith } from "@/lib/auth/current";
import { listAudit } from "@/lib/events/audit-queries";
import { isAppError } from "@/lib/errors";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { ORGANISATION_EVENT_KINDS } from "@/lib/events/organisation-events";
import { listUsers } from "@/lib/users/users";
import { auditQuery, type AuditQuery } from "@/lib/validations/audit";
import { parseOrThrow } from "@/lib/validations/parse";
import "@/components/reports/reports.css";
import { TableScroll } from "@/components/ui/table-scroll";
import { schemaWordsIn } from "@/lib/i18n/schema-words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await actorWith("audit.view", "/staff/audit");
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") raw[key] = value;
  let query: AuditQuery = {};
  let errors: Record<string, string> = {};
  try {
    query = parseOrThrow(auditQuery, raw, schemaWordsIn(await viewerLocale()));
  } catch (e) {
    if (!isAppError(e) || e.code !== "invalid") throw e;
    errors = e.fieldErrorsIn(await viewerLocale()) ?? {};
  }
  const page = await listAudit(actor, query, await viewerLocale());
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const who = (a: (typeof page)["entries"][number]["actor"]) =>
    a.type === "user" ? a.name : a.type === "system" ? t("actors.system", { job: a.job }) : t(`actors.${a.type}`);
  const users = (await listUsers(actor)).map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
  const next = page.nextCursor
    ? `/staff/audit?${new URLSearchParams({ ...(query.kind ? { kind: query.kind } : {}), ...(query.userId ? { userId: String(query.userId) } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuditFilters
        kinds={ORGANISATION_EVENT_KINDS}
        users={users}
        values={{ kind: query.kind ?? "", userId: query.userId ? String(query.userId) : "" }}
        errors={errors}
      />
      {page.entries.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <TableScroll label={t("table")}>
          <table className="data">
            <caption className="visually-hidden">{t("table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.when")}</th>
                <th scope="col">{t("columns.who")}</th>
                <th scope="col">{t("columns.what")}</th>
                <th scope="col">{t("columns.kind")}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>
                      {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}
                    </time>
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
        <nav className="pager" aria-label={t("pages")}>
          {query.cursor && (
            <Link
              href={`/staff/audit?${new URLSearchParams({ ...(query.kind ? { kind: query.kind } : {}), ...(query.userId ? { userId: String(query.userId) } : {}) })}`}
            >
              {t("newest")}
            </Link>
          )}
          {next && <Link href={next}>{t("older")}</Link>}
        </nav>
      )}
    </>
  );
}
