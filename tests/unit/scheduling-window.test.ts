import { describe, expect, it } from "vitest";
import { dateIn, startOfDay, workingDaysEnd } from "@/lib/scheduling/zone";

describe("the scheduling window", () => {
  it("counts ten working days from a Monday to midnight after the second Friday, Swedish time", () => {
    expect(workingDaysEnd(new Date("2026-12-07T07:00:00Z"), 10).toISOString()).toBe("2026-12-18T23:00:00.000Z");
  });

  it("skips the weekend when it starts on a Saturday", () => {
    expect(workingDaysEnd(new Date("2026-12-12T10:00:00Z"), 1).toISOString()).toBe("2026-12-14T23:00:00.000Z");
  });

  it("ends at local midnight across the spring and autumn clock changes", () => {
    // Friday 27 March 2026 + 1 working day: midnight after it is still winter time (UTC+1).
    expect(workingDaysEnd(new Date("2026-03-27T08:00:00Z"), 1).toISOString()).toBe("2026-03-27T23:00:00.000Z");
    // The Monday after the spring change begins at 22:00 UTC on Sunday (UTC+2).
    expect(startOfDay("2026-03-30", "Europe/Stockholm").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDay("2026-10-26", "Europe/Stockholm").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(dateIn(new Date("2026-10-25T22:30:00Z"), "Europe/Helsinki")).toBe("2026-10-26");
  });
});
