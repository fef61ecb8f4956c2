import Link from "next/link";
import { signOutAction } from "@/app/staff/actions";
import { can, type Actor } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { StaffMenu } from "./staff-menu";

export function StaffHeader({ actor }: { actor: Actor }) {
  return (
    <header className="staff-header">
      <div className="inner">
        <Link href="/staff" className="staff-brand">
          Rekry
        </Link>
        <StaffMenu>
          <nav aria-label="Staff">
            <ul>
              <li>
                <Link href="/staff">Jobs</Link>
              </li>
              <li>
                <Link href="/staff/interviews">My interviews</Link>
              </li>
              <li>
                <Link href="/staff/search">Search</Link>
              </li>
              {can(actor, "reports.view") && (
                <li>
                  <Link href="/staff/reports">Reports</Link>
                </li>
              )}
              {can(actor, "talent.view") && (
                <li>
                  <Link href="/staff/talent">Talent pool</Link>
                </li>
              )}
              {can(actor, "messages.edit") && (
                <li>
                  <Link href="/staff/messages">Messages</Link>
                </li>
              )}
              {can(actor, "users.manage") && (
                <li>
                  <Link href="/staff/users">Users</Link>
                </li>
              )}
              {can(actor, "outbox.view") && (
                <li>
                  <Link href="/staff/outbox">Outbox</Link>
                </li>
              )}
              {can(actor, "webhooks.manage") && (
                <li>
                  <Link href="/staff/integrations">Integrations</Link>
                </li>
              )}
              {can(actor, "audit.view") && (
                <li>
                  <Link href="/staff/audit">Audit</Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="who">
            <span>
              {actor.name} <span className="role-badge">{ROLE_LABELS[actor.role]}</span>
            </span>
            <Link href="/staff/account">Account</Link>
            <form action={signOutAction}>
              <button type="submit">Sign out</button>
            </form>
          </div>
        </StaffMenu>
      </div>
    </header>
  );
}
