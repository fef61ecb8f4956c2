import { describe, expect, it } from "vitest";
import { lostLinkRequest } from "@/lib/validations/lost-link";

describe("the lost-link request", () => {
  it("reads an address and a language", () => {
    expect(lostLinkRequest.parse({ email: "  maja@example.com ", locale: "sv" })).toEqual({
      email: "maja@example.com",
      locale: "sv",
    });
  });

  it("never refuses: anything else sends nothing, in English, with the same answer", () => {
    for (const body of [
      {},
      { email: "not an address", locale: "fi" },
      { email: ["maja@example.com"], locale: 3 },
      { email: `${"a".repeat(250)}@example.com` },
    ])
      expect(lostLinkRequest.parse(body)).toEqual({ email: "", locale: "en" });
  });
});
