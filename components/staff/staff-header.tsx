import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/staff/actions";
import { can, type Actor } from "@/lib/auth/permissions";
import { StaffMenu } from "./staff-menu";

export async function StaffHeader({ actor }: { actor: Actor }) {
  const t = await getTranslations("nav");
  const roles = await getTranslations("common.roles");
  return (
    <header className="staff-header">
      <div className="inner">
        <Link href="/staff" className="staff-brand">
          Rekry
        </Link>
        <StaffMenu>
          <nav aria-label={t("label")}>
            <ul>
              <li>
                <Link href="/staff">{t("jobs")}</Link>
              </li>
              <li>
                <Link href="/staff/interviews">{t("interviews")}</Link>
              </li>
              <li>
                <Link href="/staff/search">{t("search")}</Link>
              </li>
              {can(actor, "reports.view") && (
                <li>
                  <Link href="/staff/reports">{t("reports")}</Link>
                </li>
              )}
              {can(actor, "talent.view") && (
                <li>
                  <Link href="/staff/talent">{t("talent")}</Link>
                </li>
              )}
              {can(actor, "messages.edit") && (
                <li>
                  <Link href="/staff/messages">{t("messages")}</Link>
                </li>
              )}
              {can(actor, "users.manage") && (
                <li>
                  <Link href="/staff/users">{t("users")}</Link>
                </li>
              )}
              {can(actor, "outbox.view") && (
                <li>
                  <Link href="/staff/outbox">{t("outbox")}</Link>
                </li>
              )}
              {can(actor, "webhooks.manage") && (
                <li>
                  <Link href="/staff/integrations">{t("integrations")}</Link>
                </li>
              )}
              {can(actor, "audit.view") && (
                <li>
                  <Link href="/staff/audit">{t("audit")}</Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="who">
            <span>
              {actor.name} <span className="role-badge">{roles(actor.role)}</span>
            </span>
            <Link href="/staff/account">{t("account")}</Link>
            <form action={signOutAction}>
              <button type="submit">{t("signOut")}</button>
            </form>
          </div>
        </StaffMenu>
      </div>
    </header>
  );
}
