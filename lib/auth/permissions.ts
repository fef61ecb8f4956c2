import type { Locale, Role } from "@/db/schema";

/**
 * Who may do what. Every lib/ query and command checks here, with the acting user;
 * pages, actions, route handlers and the proxy never decide on their own.
 */
export const PERMISSIONS = {
  "staff.access": ["admin", "recruiter", "hiring_manager"],
  "users.manage": ["admin"],
  "outbox.view": ["admin"],
  "messages.edit": ["admin", "recruiter"],
  "audit.view": ["admin"],
  "webhooks.manage": ["admin"],
  "jobs.view": ["admin", "recruiter", "hiring_manager"],
  "jobs.manage": ["admin", "recruiter"],
  "applications.view_all": ["admin", "recruiter"],
  "applications.view_assigned": ["hiring_manager"],
  "applications.move": ["admin", "recruiter"],
  "applications.reopen": ["admin"],
  "applications.annotate": ["admin", "recruiter", "hiring_manager"],
  "interviews.plan": ["admin", "recruiter"],
  "scorecards.view_all": ["admin", "recruiter"],
  "decisions.record": ["admin", "recruiter"],
  "references.manage": ["admin", "recruiter"],
  "hiring.override_check": ["admin"],
  // Reports sum up every application, so only those who may see every application get them.
  "reports.view": ["admin", "recruiter"],
  // One person across jobs: merging records and the consented talent pool span every job.
  "candidates.merge": ["admin", "recruiter"],
  "talent.view": ["admin", "recruiter"],
  "talent.invite": ["admin", "recruiter"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** `locale` is the language the user chose (null: follow the browser); absent where no one asked. */
export type Actor = { id: number; name: string; email: string; role: Role; locale?: Locale | null };

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return Boolean(actor && (PERMISSIONS[permission] as readonly Role[]).includes(actor.role));
}

/**
 * Object-level rule for one application: recruiters and admins see all; a hiring manager sees
 * only the ones they are assigned to interview.
 */
export function canViewApplication(actor: Actor | null, assignedUserIds: readonly number[]): boolean {
  if (can(actor, "applications.view_all")) return true;
  return Boolean(actor && can(actor, "applications.view_assigned") && assignedUserIds.includes(actor.id));
}
