/** The accounts scripts/e2e-server.ts creates on the throw-away e2e database. */
export const USERS = {
  admin: { email: "admin@e2e.test", password: "e2e-admin-password", name: "Erika Admin" },
  recruiter: { email: "recruiter@e2e.test", password: "e2e-recruiter-password", name: "Rasmus Recruiter" },
  manager: { email: "manager@e2e.test", password: "e2e-manager-password", name: "Hanna Manager" },
  lockout: { email: "lockout@e2e.test", password: "e2e-lockout-password", name: "Lotta Locked" },
} as const;
