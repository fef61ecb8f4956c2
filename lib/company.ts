/** The hiring organisation this installation belongs to. */
export const COMPANY = {
  name: "Safespring",
  url: "https://www.safespring.com",
  sameAs: ["https://www.linkedin.com/company/safespring"],
} as const;
