import { describe, expect, it } from "vitest";
import { interviewInvite } from "@/lib/feedback/ics";
import { summarise } from "@/lib/feedback/summary";
import { feedbackState } from "@/lib/feedback/when";
import { scorecardDraft } from "@/lib/validations/interviews";

const attrs = [
  { key: "kubernetes", label: "Kubernetes" },
  { key: "ceph", label: "Ceph and storage" },
  { key: "networking", label: "Networking" },
];
const card = (
  name: string,
  ratings: Record<string, number>,
  recommendation: "strong_no" | "no" | "yes" | "strong_yes",
) => ({ interviewer: { name }, ratings, recommendation });

describe("the decision summary", () => {
  it("averages each attribute over those who rated it, with the spread, and flags a gap of two or more", () => {
    const s = summarise(
      [card("Ann", { kubernetes: 4, ceph: 2 }, "yes"), card("Bo", { kubernetes: 1, ceph: 3 }, "yes")],
      attrs,
    );
    expect(s.attributes.map((a) => [a.key, a.average, a.spread, a.disagreement])).toEqual([
      ["kubernetes", 2.5, 3, true],
      ["ceph", 2.5, 1, false],
      ["networking", null, null, false],
    ]);
    expect(s.flags).toEqual(["Kubernetes: ratings range from 1 to 4."]);
  });

  it("flags recommendations on both sides, and calls it strong when someone said strong", () => {
    expect(summarise([card("Ann", {}, "yes"), card("Bo", {}, "no")], attrs).flags).toEqual([
      "Recommendations split: Ann in favour; Bo against.",
    ]);
    expect(summarise([card("Ann", {}, "strong_yes"), card("Bo", {}, "no")], attrs).flags[0]).toMatch(
      /^Recommendations split strongly/,
    );
    expect(summarise([card("Ann", {}, "yes"), card("Bo", {}, "strong_yes")], attrs).flags).toEqual([]);
  });

  it("lists who recommended what", () => {
    expect(summarise([card("Ann", {}, "yes"), card("Bo", {}, "yes")], attrs).recommendations).toEqual({
      strong_no: [],
      no: [],
      yes: ["Ann", "Bo"],
      strong_yes: [],
    });
  });
});

describe("feedback state", () => {
  const at = (iso: string) => new Date(iso);
  const interview = { startsAt: at("2026-11-20T10:00:00Z"), durationMinutes: 60 };
  it.each([
    ["2026-11-20T10:30:00Z", false, "upcoming"],
    ["2026-11-20T11:30:00Z", false, "due"],
    ["2026-11-21T11:00:00Z", false, "due"],
    ["2026-11-21T11:01:00Z", false, "overdue"],
    ["2026-11-25T00:00:00Z", true, "submitted"],
  ] as const)("at %s (submitted: %s) is %s", (now, submitted, state) => {
    expect(feedbackState(interview, submitted, at(now))).toBe(state);
  });
  it("is unscheduled without a time", () => {
    expect(feedbackState({ startsAt: null, durationMinutes: 60 }, false, new Date())).toBe("unscheduled");
  });
});

describe("the scorecard schema", () => {
  it("treats an empty rating as unrated and refuses ratings off the 1-4 scale", () => {
    expect(scorecardDraft.parse({ ratings: { kubernetes: "3", ceph: "" } }).ratings).toEqual({ kubernetes: 3 });
    expect(scorecardDraft.safeParse({ ratings: { kubernetes: 0 } }).success).toBe(false);
    expect(scorecardDraft.safeParse({ ratings: { kubernetes: 2.5 } }).success).toBe(false);
    expect(scorecardDraft.safeParse({ recommendation: "maybe" }).success).toBe(false);
  });
});

describe("the calendar invite", () => {
  it("is an iCalendar event with a stable UID, the sequence, UTC times, and escaped text", () => {
    const ics = interviewInvite({
      interviewId: 7,
      sequence: 2,
      startsAt: new Date("2026-12-01T09:00:00Z"),
      durationMinutes: 45,
      title: "Interview: Åsa, System design",
      description: "Bring; questions",
      videoUrl: "https://meet.example.com/x",
      domain: "jobs.example.com",
    });
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("UID:interview-7@jobs.example.com");
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("DTSTART:20261201T090000Z");
    expect(ics).toContain("SUMMARY:Interview: Åsa\\, System design");
    expect(ics).toContain("DESCRIPTION:Bring\\; questions");
    expect(ics).toMatch(/DURATION:PT45M/);
  });
});
