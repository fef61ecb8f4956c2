/** The hiring organisation this installation belongs to. */
export const COMPANY = {
  name: "Safespring",
  url: "https://www.safespring.com",
  sameAs: ["https://www.linkedin.com/company/safespring"],
  /** Where it is (ISO 3166 alpha-2): phone numbers written without a country code are read as this country's. */
  country: "SE",
} as const;
