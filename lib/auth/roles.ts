import type { Role } from "@/db/enums";

export { ROLES, type Role } from "@/db/enums";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
};
