import { describe, expect, it } from "vitest";
import { interviewInvite } from "@/lib/feedback/ics";

const facts = {
  interviewId: 7,
  sequence: 0,
  startsAt: new Date("2026-12-01T09:00:00Z"),
  durationMinutes: 60,
  description: "Scorecard: https://jobs.example.com/staff/interviews/7",
  videoUrl: null,
  domain: "jobs.example.com",
};

/** RFC 5545 content lines: split on CRLF, then join folded continuations (CRLF + space or tab). */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

describe("the interview's calendar file", () => {
  it("keeps a title with CR, CRLF, semicolon, comma and backslash on one escaped SUMMARY line", () => {
    const ics = interviewInvite({ ...facts, title: "Ann\rATTENDEE:mailto:evil@example.com\r\nB;C,D\\E" });
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).not.toMatch(/(?<!\r)\n/);
    const lines = contentLines(ics);
    expect(lines.filter((l) => l.startsWith("SUMMARY"))).toEqual([
      "SUMMARY:Ann\\nATTENDEE:mailto:evil@example.com\\nB\\;C\\,D\\\\E",
    ]);
    expect(lines.some((l) => l.startsWith("ATTENDEE"))).toBe(false);
  });

  it("drops other control characters from text and URL values, and folds long lines", () => {
    const title = `Interview: ${"Åsa Öberg ".repeat(12)}\u0000\u001b\u0085end`;
    const ics = interviewInvite({ ...facts, title, videoUrl: "https://meet.example.com/a\u0007b" });
    const lines = contentLines(ics);
    expect(lines.find((l) => l.startsWith("SUMMARY"))).toBe(`SUMMARY:Interview: ${"Åsa Öberg ".repeat(12)}end`);
    expect(lines).toContain("URL:https://meet.example.com/ab");
    expect(ics.split("\r\n").every((l) => [...l].length <= 75)).toBe(true);
  });
});
