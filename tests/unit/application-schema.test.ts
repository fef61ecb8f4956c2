import { describe, expect, it } from "vitest";
import { applicationInput, fieldErrorCodes, MAX_CV_BYTES } from "@/lib/validations/application";

const valid = {
  fullName: "Åsa Öberg",
  email: "asa@example.com",
  country: "SE",
  cv: { name: "cv.pdf", size: 1234 },
  privacyConsent: true,
  locale: "sv",
};

function codes(input: Record<string, unknown>) {
  const result = applicationInput.safeParse(input);
  return result.success ? {} : fieldErrorCodes(result.error);
}

describe("applicationInput", () => {
  it("accepts a complete application and keeps names in any script exactly", () => {
    for (const name of ["Åsa Öberg", "Ἀλέξανδρος", "王芳"]) {
      const result = applicationInput.parse({ ...valid, fullName: name });
      expect(result.fullName).toBe(name);
    }
  });

  it("reports every invalid field at once", () => {
    expect(codes({ fullName: "", email: "nope", country: "US", privacyConsent: false, locale: "en" })).toEqual({
      fullName: "required",
      email: "email",
      country: "country.notEu",
      privacyConsent: "privacyConsent",
      cv: "cv.orLink",
    });
  });

  it("refuses a country that is not an ISO code", () => {
    expect(codes({ ...valid, country: "XX" }).country).toBe("country.unknown");
  });

  it("accepts a profile link instead of a CV and normalises it", () => {
    const result = applicationInput.parse({ ...valid, cv: undefined, githubUrl: "github.com/asa" });
    expect(result.githubUrl).toBe("https://github.com/asa");
  });

  it("refuses a LinkedIn field that points elsewhere, and javascript: links", () => {
    expect(codes({ ...valid, linkedinUrl: "https://evil.example/in/x" }).linkedinUrl).toBe("url.linkedin.com");
    expect(codes({ ...valid, portfolioUrl: "javascript:alert(1)" }).portfolioUrl).toBe("url");
  });

  it("refuses a CV over 10 MB, an empty one, and one with another extension", () => {
    expect(codes({ ...valid, cv: { name: "cv.pdf", size: MAX_CV_BYTES + 1 } }).cv).toBe("cv.tooLarge");
    expect(codes({ ...valid, cv: { name: "cv.pdf", size: 0 } }).cv).toBe("cv.empty");
    expect(codes({ ...valid, cv: { name: "cv.exe", size: 10 } }).cv).toBe("cv.type");
  });

  it("refuses control characters such as NUL", () => {
    expect(codes({ ...valid, fullName: "A\u0000B" }).fullName).toBe("controlChars");
  });

  it("requires consent to the privacy notice", () => {
    expect(codes({ ...valid, privacyConsent: false }).privacyConsent).toBe("privacyConsent");
  });

  it("refuses over-long text", () => {
    expect(codes({ ...valid, note: "x".repeat(5001) }).note).toBe("tooLong");
  });
});
