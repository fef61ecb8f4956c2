import { describe, expect, it } from "vitest";
import { emailKeyOf, githubKeyOf, linkedinKeyOf, nameKeyOf, phoneKeyOf } from "@/lib/people/identity";

describe("person keys", () => {
  it("reads one Swedish mobile in every usual format as the same E.164 number", () => {
    for (const phone of ["+46 70-123 45 67", "070 123 45 67", "0046701234567", "+46701234567", "070-1234567"])
      expect(phoneKeyOf(phone), phone).toBe("+46701234567");
  });
  it("keeps a foreign number's own country and gives no key for what is not a number", () => {
    expect(phoneKeyOf("+358 40 123 4567")).toBe("+358401234567");
    expect(phoneKeyOf("12")).toBeNull();
    expect(phoneKeyOf("call me")).toBeNull();
    expect(phoneKeyOf("")).toBeNull();
  });
  it("normalises LinkedIn and GitHub profiles and ignores other pages on those sites", () => {
    expect(linkedinKeyOf("https://www.linkedin.com/in/Asa-Oberg/")).toBe("linkedin:asa-oberg");
    expect(linkedinKeyOf("se.linkedin.com/in/asa-oberg?trk=x")).toBe("linkedin:asa-oberg");
    expect(linkedinKeyOf("https://www.linkedin.com/company/safespring")).toBeNull();
    expect(linkedinKeyOf("https://evil.example/in/asa-oberg")).toBeNull();
    expect(githubKeyOf("http://github.com/AsaOberg")).toBe("github:asaoberg");
    expect(githubKeyOf("github.com/asaoberg/")).toBe("github:asaoberg");
    expect(githubKeyOf("https://github.com/asaoberg/some-repo")).toBeNull();
  });
  it("folds emails and names", () => {
    expect(emailKeyOf(" Asa@Example.COM ")).toBe("asa@example.com");
    expect(nameKeyOf("Åsa  Öberg")).toBe(nameKeyOf("asa oberg"));
  });
});
