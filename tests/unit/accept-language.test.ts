import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/accept-language";

describe("the staff UI's language from the browser's Accept-Language", () => {
  it("is English without a header or without a language we have", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.8")).toBe("en");
  });
  it("is Swedish when the browser asks for Swedish first, whatever the region", () => {
    expect(localeFromAcceptLanguage("sv-SE,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(localeFromAcceptLanguage("de,sv-FI;q=0.9,en;q=0.5")).toBe("sv");
  });
  it("follows the q-values rather than the order", () => {
    expect(localeFromAcceptLanguage("en;q=0.4,sv;q=0.9")).toBe("sv");
    expect(localeFromAcceptLanguage("sv;q=0,en")).toBe("en");
  });
});
