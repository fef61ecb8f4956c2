import { describe, expect, it } from "vitest";
import { median, percentile, rate, spread, toBins } from "@/lib/reports/stats";
import { isoWeekLabel, mondayOf, weeksOf, toPeriod } from "@/lib/reports/period";
import { CSV_DIALECTS, csvCell } from "@/lib/reports/csv";
import { funnel, typicalStages } from "@/lib/reports/compute";

describe("median and percentiles (linear between nearest ranks)", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median(toBins([3, 1, 2]))).toBe(2);
    expect(median(toBins([1, 2, 3, 4]))).toBe(2.5);
  });

  it("interpolates the 90th percentile", () => {
    expect(percentile(toBins([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 90)).toBeCloseTo(9.1);
    expect(percentile(toBins([2, 10, 20, 30, 50]), 90)).toBeCloseTo(42);
  });

  it("reads grouped values as that many observations", () => {
    expect(
      percentile(
        [
          { value: 10, count: 3 },
          { value: 1, count: 1 },
        ],
        50,
      ),
    ).toBe(10);
    expect(
      spread([
        { value: 4, count: 2 },
        { value: 8, count: 2 },
      ]),
    ).toEqual({ count: 4, median: 6, p90: 8 });
  });

  it("has no answer for no observations, and one value is every percentile", () => {
    expect(median([])).toBeNull();
    expect(percentile([{ value: 5, count: 0 }], 90)).toBeNull();
    expect(percentile(toBins([7]), 90)).toBe(7);
  });

  it("gives no rate for an empty whole", () => {
    expect(rate(1, 0)).toBeNull();
    expect(rate(1, 4)).toBe(0.25);
  });
});

describe("weeks", () => {
  it("finds the Monday and the ISO week, also across a year end", () => {
    expect(mondayOf(Date.UTC(2026, 5, 7, 23))).toBe("2026-06-01");
    expect(isoWeekLabel("2026-06-01")).toBe("2026-W23");
    expect(isoWeekLabel("2025-12-29")).toBe("2026-W01");
    expect(isoWeekLabel("2027-01-04")).toBe("2027-W01");
    expect(isoWeekLabel("2026-12-28")).toBe("2026-W53");
  });

  it("lists every week that overlaps the period", () => {
    expect(weeksOf(toPeriod("2026-06-03", "2026-06-15"))).toEqual(["2026-06-01", "2026-06-08", "2026-06-15"]);
  });
});

describe("CSV cells", () => {
  it("defuses formulas and quotes what needs quoting", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+46 70")).toBe("'+46 70");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@sum")).toBe("'@sum");
    expect(csvCell("Åsa, Öberg")).toBe('"Åsa, Öberg"');
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(0.5)).toBe("0.5");
    expect(csvCell(null)).toBe("");
  });

  it("writes Swedish cells for a Swedish spreadsheet: decimal comma, and quotes around a semicolon only", () => {
    const sv = CSV_DIALECTS.sv;
    expect(csvCell(0.5, sv)).toBe("0,5");
    expect(csvCell(1234.25, sv)).toBe("1234,25");
    expect(csvCell(12, sv)).toBe("12");
    expect(csvCell("Åsa, Öberg", sv)).toBe("Åsa, Öberg");
    expect(csvCell("Teknik; intervjuer", sv)).toBe('"Teknik; intervjuer"');
    expect(csvCell("=1+1", sv)).toBe("'=1+1");
  });
});

describe("funnel across jobs with different stages", () => {
  const stages = [
    { jobId: 1, key: "applied", position: 0, name: "Applied" },
    { jobId: 1, key: "call", position: 1, name: "Call" },
    { jobId: 1, key: "tech", position: 2, name: "Tech" },
    { jobId: 2, key: "applied", position: 0, name: "Applied" },
    { jobId: 2, key: "tech", position: 1, name: "Tech" },
    { jobId: 3, key: "applied", position: 0, name: "New" },
    { jobId: 3, key: "call", position: 1, name: "Call" },
    { jobId: 3, key: "tech", position: 2, name: "Tech" },
  ];

  it("orders stage keys by their most common position and names them as most jobs do", () => {
    expect(typicalStages(stages)).toEqual([
      { key: "applied", name: "Applied" },
      { key: "call", name: "Call" },
      { key: "tech", name: "Tech" },
    ]);
  });

  it("counts each application against its own job's stages", () => {
    const reach = [
      { jobId: 1, source: null, hired: 0, furthest: 2, hireHours: null, n: 1 },
      { jobId: 2, source: null, hired: 0, furthest: 1, hireHours: null, n: 2 },
      { jobId: 3, source: null, hired: 0, furthest: 0, hireHours: null, n: 1 },
    ];
    expect(funnel(typicalStages(stages), stages, reach).map((s) => [s.key, s.reached])).toEqual([
      ["applied", 4],
      ["call", 1],
      ["tech", 3],
      ["hired", 0],
    ]);
  });
});
