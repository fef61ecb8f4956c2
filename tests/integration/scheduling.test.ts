import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, interviewers, interviews, outbox, schedulingRequests } from "@/db/schema";
import * as requestsRoute from "@/app/api/staff/applications/[id]/scheduling-requests/route";
import * as cancelRoute from "@/app/api/staff/scheduling-requests/[id]/cancel/route";
import { moveApplication } from "@/lib/applications/move-application";
import { planInterview } from "@/lib/feedback/interviews";
import { bookSlot, requestForToken, SlotRefused, slotsFor } from "@/lib/scheduling/booking";
import { cancelByCandidate } from "@/lib/scheduling/candidate-changes";
import { createSchedulingRequest } from "@/lib/scheduling/requests";
import { previewSchedulingRequest } from "@/lib/scheduling/request-mail";
import { freshLinkFromStatus, schedulingForStatus } from "@/lib/scheduling/candidate-changes";
import * as bookRoute from "@/app/api/schedule/[token]/book/route";
import { runSchedulingJobs } from "@/lib/scheduling/jobs";
import { isAppError } from "@/lib/errors";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startRadicale, vcalendar, type Radicale } from "../helpers/radicale";
import { connectOwnCalendar } from "@/lib/scheduling/calendar-connection";
import { syncCalendars } from "@/lib/scheduling/calendar-sync";
import { setOwnLocale } from "@/lib/users/locale";

const ORIGIN = "https://jobs.example.com";
/** Monday 7 December 2026, 08:00 in Stockholm. */
const NOW = new Date("2026-12-07T07:00:00Z");
const HOUR = 3_600_000;

let t: TestData;
let recruiter: TestUser, anna: TestUser, bo: TestUser;
let cookie: string;

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, PUBLIC_URL: ORIGIN, CALENDAR_ALLOW_PRIVATE: "true" });
  [recruiter, anna, bo] = await Promise.all([
    addUser(t.db, "recruiter", "Rita Recruiter"),
    addUser(t.db, "hiring_manager", "Anna Manager"),
    addUser(t.db, "hiring_manager", "Bo Engineer"),
  ]);
  cookie = await sessionCookie(recruiter.id);
}, 30_000);
afterAll(() => t.cleanup());

async function applicationIn(stage = "technical_interviews", locale?: string): Promise<number> {
  const res = await apply({ ...validFields(), ...(locale ? { locale } : {}) });
  const id = ((await res.json()) as { id: number }).id;
  if (stage !== "applied") await moveApplication(recruiter, id, { to: stage, version: 1 });
  return id;
}

/** The link's token, as the candidate's mail carries it. */
async function mailedToken(applicationId: number): Promise<string> {
  const mails = await t.db
    .read()
    .select()
    .from(outbox)
    .where(and(eq(outbox.applicationId, applicationId), eq(outbox.kind, "scheduling_request")))
    .all();
  const match = /\/schedule\/([A-Za-z0-9_-]{43})/.exec(mails.at(-1)!.text);
  return match![1]!;
}

async function request(applicationId: number, extra: Record<string, unknown> = {}, who: TestUser[] = [anna]) {
  await createSchedulingRequest(
    recruiter,
    applicationId,
    {
      kind: "technical",
      interviewers: who.map((u) => u.email),
      durationMinutes: 60,
      windowDays: 10,
      minNoticeHours: 24,
      bufferMinutes: 0,
      ...extra,
    },
    ORIGIN,
    NOW,
  );
  return mailedToken(applicationId);
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a refusal");
}

describe("sending a scheduling link", () => {
  it("answers 201 from the staff API and mails the candidate a /schedule/<token> link from PUBLIC_URL", async () => {
    const id = await applicationIn();
    const res = await callStaff(requestsRoute.POST, {
      method: "POST",
      cookie,
      origin: ORIGIN,
      params: { id: String(id) },
      body: { kind: "technical", interviewers: [anna.email, bo.email], required: 1 },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: number; state: string };
    expect(body.state).toBe("requested");
    const token = await mailedToken(id);
    const row = await t.db.read().select().from(schedulingRequests).where(eq(schedulingRequests.id, body.id)).get();
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.requiredCount).toBe(1);
    const list = await callStaff(requestsRoute.GET, { cookie, params: { id: String(id) } });
    const { schedulingRequests: dto } = (await list.json()) as { schedulingRequests: { state: string }[] };
    expect(dto.map((r) => r.state)).toEqual(["requested"]);
  });

  it("refuses an application outside an interview stage, and more required than named, with clear messages", async () => {
    const id = await applicationIn("applied");
    const res = await callStaff(requestsRoute.POST, {
      method: "POST",
      cookie,
      origin: ORIGIN,
      params: { id: String(id) },
      body: { kind: "technical", interviewers: [anna.email] },
    });
    expect(res.status).toBe(422);
    const bad = await callStaff(requestsRoute.POST, {
      method: "POST",
      cookie,
      origin: ORIGIN,
      params: { id: String(await applicationIn()) },
      body: { kind: "technical", interviewers: [anna.email], required: 2 },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("at most that many can be required");
  });
});

describe("the preview before sending", () => {
  it("shows the very email the outbox then sends, in the candidate's language, with a stand-in for the link", async () => {
    const id = await applicationIn("technical_interviews", "sv");
    const input = { kind: "programming" as const, windowDays: 5, note: "Ta med din dator." };
    const preview = await previewSchedulingRequest(recruiter, id, input, ORIGIN, NOW);
    expect(preview).toMatchObject({ locale: "sv", to: expect.stringContaining("@") });
    if (preview.to === null) throw new Error("no preview");
    expect(preview.text).toContain("Ta med din dator.");
    expect(preview.text).toContain(`${ORIGIN}/schedule/…`);
    await request(id, input);
    const sent = (
      await t.db
        .read()
        .select()
        .from(outbox)
        .where(and(eq(outbox.applicationId, id), eq(outbox.kind, "scheduling_request")))
        .all()
    ).at(-1)!;
    expect(sent.subject).toBe(preview.subject);
    expect(sent.toAddress).toBe(preview.to);
    expect(sent.text.replace(/\/schedule\/[A-Za-z0-9_-]{43}/, "/schedule/…")).toBe(preview.text);
    await expect(previewSchedulingRequest(anna, id, input, ORIGIN, NOW)).rejects.toMatchObject({
      code: expect.stringMatching(/forbidden|not_found/),
    });
  });
});

describe("booking from the link", () => {
  it("books an offered slot as a planned interview: event, mails with .ics, request booked", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna, bo]);
    const slots = await slotsFor((await requestForToken(token, NOW))!, NOW);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-12-08T08:00:00.000Z");
    const booked = await bookSlot(token, slots[0]!.startsAt.toISOString(), ORIGIN, NOW);
    const interview = await t.db.read().select().from(interviews).where(eq(interviews.id, booked.interviewId)).get();
    expect(interview!.startsAt!.toISOString()).toBe("2026-12-08T08:00:00.000Z");
    const who = await t.db.read().select().from(interviewers).where(eq(interviewers.interviewId, interview!.id)).all();
    expect(who.map((w) => w.userId).sort()).toEqual([anna.id, bo.id].sort());
    const mails = await t.db.read().select().from(outbox).where(eq(outbox.applicationId, id)).all();
    const invites = mails.filter((m) => m.attachments?.[0]?.content.includes("BEGIN:VCALENDAR"));
    expect(invites).toHaveLength(3);
    const kinds = (
      await t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all()
    ).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["scheduling_requested", "interview_planned", "scheduling_booked"]));
  });

  it("gives exactly one of 10 concurrent bookings of the same interviewer's slot", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => applicationIn()));
    const tokens: string[] = [];
    for (const id of ids) tokens.push(await request(id, {}, [bo]));
    const slot = "2026-12-09T13:00:00.000Z";
    const results = await Promise.allSettled(tokens.map((tok) => bookSlot(tok, slot, ORIGIN, NOW)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((x) => x.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(SlotRefused);
    const planned = await t.db
      .read()
      .select()
      .from(interviews)
      .where(eq(interviews.startsAt, new Date(slot)))
      .all();
    expect(planned).toHaveLength(1);
  }, 60_000);

  it("refuses a slot that became busy after the link was sent, and shows the remaining ones", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    const other = await applicationIn();
    await planInterview(
      recruiter,
      other,
      { kind: "other", interviewers: [anna.email], startsAt: "2026-12-10T09:00:00Z", durationMinutes: 60 },
      ORIGIN,
    );
    const e = await refusal(bookSlot(token, "2026-12-10T09:00:00.000Z", ORIGIN, NOW));
    expect(e).toBeInstanceOf(SlotRefused);
    const remaining = (e as SlotRefused).slots.map((s) => s.startsAt.toISOString());
    expect(remaining.length).toBeGreaterThan(10);
    expect(remaining).not.toContain("2026-12-10T09:00:00.000Z");
  });

  it("404s unknown, malformed and cancelled tokens", async () => {
    for (const bad of ["nope", "A".repeat(43)]) {
      expect(await requestForToken(bad, NOW)).toBeNull();
      const e = await refusal(bookSlot(bad, "2026-12-08T08:00:00.000Z", ORIGIN, NOW));
      expect(isAppError(e) && e.code).toBe("not_found");
    }
  });

  it("refuses a tampered time, one outside the window and one never offered, each with its own message", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    const tampered = await refusal(bookSlot(token, "2026-12-08T08:00:13.000Z", ORIGIN, NOW));
    expect(isAppError(tampered) && tampered.code).toBe("invalid");
    expect((tampered as Error).message).toContain("not valid");
    const outside = await refusal(bookSlot(token, "2026-12-21T08:00:00.000Z", ORIGIN, NOW));
    expect((outside as Error).message).toContain("outside");
    const tooSoon = await refusal(bookSlot(token, "2026-12-07T12:00:00.000Z", ORIGIN, NOW));
    expect((tooSoon as Error).message).toContain("outside");
    const saturday = await refusal(bookSlot(token, "2026-12-12T09:00:00.000Z", ORIGIN, NOW));
    expect(saturday).toBeInstanceOf(SlotRefused);
  });
});

describe("the candidate's form post", () => {
  const post = (token: string, body: Record<string, string>) =>
    bookRoute.POST(
      new Request(`${ORIGIN}/api/schedule/${token}/book`, {
        method: "POST",
        headers: { accept: "text/html", origin: "null", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
      }),
      { params: Promise.resolve({ token }) },
    );

  it("redirects back to the page in the zone viewed, saying why a time was refused; an unknown link is a 404", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    const bad = await post(token, { slot: "tomorrow at nine", timeZone: "Europe/Helsinki" });
    expect(bad.status).toBe(303);
    expect(bad.headers.get("location")).toBe(`/schedule/${token}?error=invalid&tz=Europe%2FHelsinki`);
    const missing = await post("B".repeat(43), { slot: "2026-12-08T08:00:00.000Z" });
    expect(missing.status).toBe(404);
  });

  it("opens from the status page through a fresh link that replaces the mailed one", async () => {
    const res = await apply(validFields());
    const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
    await moveApplication(recruiter, id, { to: "technical_interviews", version: 1 });
    const mailed = await request(id, {}, [anna]);
    const statusToken = new URL(statusUrl).pathname.split("/").pop()!;
    const [item] = await schedulingForStatus(statusToken, NOW);
    expect(item).toMatchObject({ state: "requested", changeable: true });
    const fresh = await freshLinkFromStatus(statusToken, item!.id);
    expect(await requestForToken(fresh, NOW)).not.toBeNull();
    expect(await requestForToken(mailed, NOW)).toBeNull();
  });
});

describe("changing a booking", () => {
  it("moves the interview (same invite, higher sequence), then cancels it from the link until the notice", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    const first = await bookSlot(token, "2026-12-14T08:00:00.000Z", ORIGIN, NOW);
    const moved = await bookSlot(token, "2026-12-15T10:00:00.000Z", ORIGIN, NOW);
    expect(moved.rescheduled).toBe(true);
    expect(moved.interviewId).toBe(first.interviewId);
    const row = await t.db.read().select().from(interviews).where(eq(interviews.id, moved.interviewId)).get();
    expect(row!.sequence).toBe(1);
    expect(row!.startsAt!.toISOString()).toBe("2026-12-15T10:00:00.000Z");
    // Within the minimum notice: too late here.
    const late = await refusal(cancelByCandidate(token, ORIGIN, new Date("2026-12-15T00:00:00Z")));
    expect(isAppError(late) && late.code).toBe("conflict");
    await cancelByCandidate(token, ORIGIN, NOW);
    const after = await t.db.read().select().from(interviews).where(eq(interviews.id, moved.interviewId)).get();
    expect(after!.cancelledAt).not.toBeNull();
    expect(await requestForToken(token, NOW)).toBeNull();
    const told = await t.db
      .read()
      .select()
      .from(outbox)
      .where(and(eq(outbox.applicationId, id), eq(outbox.kind, "scheduling_cancelled")))
      .all();
    expect(told.map((m) => m.toAddress).sort()).toEqual([anna.email, recruiter.email].sort());
  });

  it("lets the recruiter cancel a link through the API; the link then 404s", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    const row = (await t.db
      .read()
      .select()
      .from(schedulingRequests)
      .where(eq(schedulingRequests.applicationId, id))
      .get())!;
    const res = await callStaff(cancelRoute.POST, {
      method: "POST",
      cookie,
      origin: ORIGIN,
      params: { id: String(row.id) },
    });
    expect(res.status).toBe(200);
    expect(await requestForToken(token, NOW)).toBeNull();
    const again = await callStaff(cancelRoute.POST, {
      method: "POST",
      cookie,
      origin: ORIGIN,
      params: { id: String(row.id) },
    });
    expect(again.status).toBe(409);
  });
});

describe("the periodic run", () => {
  it("sends the 24-hour reminders once, to the candidate and every interviewer", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna, bo]);
    const { startsAt } = await bookSlot(token, "2026-12-16T12:00:00.000Z", ORIGIN, NOW);
    const dayBefore = new Date(new Date(startsAt).getTime() - 23 * HOUR);
    const first = await runSchedulingJobs(ORIGIN, dayBefore);
    expect(first.reminded).toHaveLength(1);
    const second = await runSchedulingJobs(ORIGIN, new Date(dayBefore.getTime() + HOUR));
    expect(second.reminded).toHaveLength(0);
    const reminders = await t.db
      .read()
      .select()
      .from(outbox)
      .where(and(eq(outbox.applicationId, id), eq(outbox.kind, "scheduling_reminder")))
      .all();
    expect(reminders).toHaveLength(3);
    expect(reminders.find((m) => m.toAddress !== anna.email && m.toAddress !== bo.email)!.text).toMatch(
      /\/schedule\/[A-Za-z0-9_-]{43}/,
    );
  });

  it("expires a link nobody booked within its window and tells the recruiter", async () => {
    const id = await applicationIn();
    const token = await request(id, { windowDays: 1 }, [anna]);
    const after = new Date("2026-12-08T00:00:00Z");
    const run = await runSchedulingJobs(ORIGIN, after);
    expect(run.expired.length).toBeGreaterThanOrEqual(1);
    const row = (await t.db
      .read()
      .select()
      .from(schedulingRequests)
      .where(eq(schedulingRequests.applicationId, id))
      .get())!;
    expect(row.state).toBe("expired");
    expect(await requestForToken(token, after)).toBeNull();
    const told = await t.db
      .read()
      .select()
      .from(outbox)
      .where(and(eq(outbox.applicationId, id), eq(outbox.kind, "scheduling_expired")))
      .all();
    expect(told.map((m) => m.toAddress)).toEqual([recruiter.email]);
  });
});

describe("what colleagues are told about a link, each in their own language", () => {
  let sara: TestUser, sven: TestUser;
  beforeAll(async () => {
    [sara, sven] = await Promise.all([
      addUser(t.db, "hiring_manager", "Sara Svensk"),
      addUser(t.db, "recruiter", "Sven Rekryterare"),
    ]);
    await Promise.all([setOwnLocale(sara, "sv"), setOwnLocale(sven, "sv")]);
  });

  const mailsOf = (id: number, kind: "scheduling_reminder" | "scheduling_expired" | "scheduling_cancelled") =>
    t.db
      .read()
      .select()
      .from(outbox)
      .where(and(eq(outbox.applicationId, id), eq(outbox.kind, kind)))
      .all();

  it("reminds a Swedish interviewer in Swedish and an English one in the same words as before", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [sara, bo]);
    const { startsAt } = await bookSlot(token, "2026-12-17T12:00:00.000Z", ORIGIN, NOW);
    await runSchedulingJobs(ORIGIN, new Date(new Date(startsAt).getTime() - 23 * HOUR));
    const mails = await mailsOf(id, "scheduling_reminder");
    const toSara = mails.find((m) => m.toAddress === sara.email)!;
    expect(toSara.subject).toBe("Påminnelse: intervju med Åsa Öberg i morgon");
    expect(toSara.text).toMatch(
      /^Hej Sara!\n\nEn påminnelse: du intervjuar Åsa Öberg \(Teknisk intervju, .+\) i morgon\. När: torsdag 17 december 2026 .*13:00 \(svensk tid\)\.\n\nAnsökan och din bedömning:/,
    );
    expect(toSara.html).toContain('<html lang="sv">');
    const toBo = mails.find((m) => m.toAddress === bo.email)!;
    expect(toBo.subject).toBe("Reminder: interview with Åsa Öberg tomorrow");
    expect(toBo.text).toMatch(
      /^Hi Bo,\n\nA reminder: you interview Åsa Öberg \(Technical interview, Cloud Engineer\) on Thursday.+\(Swedish time\)\.\n\nThe application and your scorecard:/,
    );
  });

  it("tells a Swedish recruiter in Swedish that a link expired, and that the candidate declined one", async () => {
    const expiring = await applicationIn();
    await createSchedulingRequest(
      sven,
      expiring,
      {
        kind: "technical",
        interviewers: [anna.email],
        durationMinutes: 60,
        windowDays: 1,
        minNoticeHours: 24,
        bufferMinutes: 0,
      },
      ORIGIN,
      NOW,
    );
    await runSchedulingJobs(ORIGIN, new Date("2026-12-08T00:00:00Z"));
    const [expired] = await mailsOf(expiring, "scheduling_expired");
    expect(expired!.toAddress).toBe(sven.email);
    expect(expired!.subject).toBe("Bokningslänken har gått ut: Åsa Öberg");
    expect(expired!.text).toContain("Åsa Öberg bokade ingen tid för intervjun (Teknisk intervju, ");
    expect(expired!.text).toContain("Skicka en ny länk eller planera intervjun för hand från ansökan:");

    const declining = await applicationIn();
    await createSchedulingRequest(
      sven,
      declining,
      {
        kind: "technical",
        interviewers: [anna.email],
        durationMinutes: 60,
        windowDays: 10,
        minNoticeHours: 24,
        bufferMinutes: 0,
      },
      ORIGIN,
      NOW,
    );
    await cancelByCandidate(await mailedToken(declining), ORIGIN, NOW);
    const [declined] = await mailsOf(declining, "scheduling_cancelled");
    expect(declined!.toAddress).toBe(sven.email);
    expect(declined!.subject).toBe("Intervjun avbokad: Åsa Öberg");
    expect(declined!.text).toContain("Åsa Öberg tackade nej till tiderna i bokningslänken för ");
  });

  it("tells an English recruiter in the same words as before", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [anna]);
    await cancelByCandidate(token, ORIGIN, NOW);
    const [declined] = await mailsOf(id, "scheduling_cancelled");
    expect(declined!.subject).toBe("Interview cancelled: Åsa Öberg");
    expect(declined!.text).toBe(
      `Hi Rita,\n\nÅsa Öberg declined the scheduling link for Cloud Engineer.\n\nThe application:\n\n${ORIGIN}/staff/applications/${id}`,
    );
  });
});

describe("the interviewer's CalDAV calendar (a real Radicale)", () => {
  let radicale: Radicale;
  let cara: TestUser;
  let calendar: string;
  beforeAll(async () => {
    cara = await addUser(t.db, "hiring_manager", "Cara Caldav");
    radicale = await startRadicale({ cara: "cara-app-password" });
    calendar = await radicale.makeCalendar("cara", "work");
    await connectOwnCalendar(cara, {
      kind: "caldav",
      url: radicale.url,
      username: "cara",
      password: "cara-app-password",
    });
  }, 60_000);
  afterAll(() => radicale?.stop());

  it("refuses a slot made busy in the calendar after the link was sent", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [cara]);
    await radicale.putEvent(
      calendar,
      "cara",
      "dentist",
      vcalendar(["UID:dentist", "DTSTAMP:20261201T000000Z", "DTSTART:20261211T090000Z", "DTEND:20261211T100000Z"]),
    );
    const e = await refusal(bookSlot(token, "2026-12-11T09:00:00.000Z", ORIGIN, NOW));
    expect(e).toBeInstanceOf(SlotRefused);
  });

  it("writes the booked interview into the calendar, moves it with the booking and removes it on cancel", async () => {
    const id = await applicationIn();
    const token = await request(id, {}, [cara]);
    const booked = await bookSlot(token, "2026-12-14T09:00:00.000Z", ORIGIN, NOW);
    const row = (await t.db
      .read()
      .select()
      .from(schedulingRequests)
      .where(eq(schedulingRequests.applicationId, id))
      .get())!;
    expect(await syncCalendars(row.id, ORIGIN)).toBe(true);
    const uid = `interview-${booked.interviewId}@jobs.example.com`;
    const written = await radicale.getEvent(calendar, "cara", uid);
    expect(written).toContain("DTSTART:20261214T090000Z");
    expect(written).toContain("SUMMARY:Interview:");
    await bookSlot(token, "2026-12-15T13:00:00.000Z", ORIGIN, NOW);
    expect(await syncCalendars(row.id, ORIGIN)).toBe(true);
    expect(await radicale.getEvent(calendar, "cara", uid)).toContain("DTSTART:20261215T130000Z");
    await cancelByCandidate(token, ORIGIN, NOW);
    expect(await syncCalendars(row.id, ORIGIN)).toBe(true);
    expect(await radicale.getEvent(calendar, "cara", uid)).toBeNull();
  }, 30_000);
});
