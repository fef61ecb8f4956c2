import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startRadicale, vcalendar } from "../../tests/helpers/radicale";
import { percentile } from "./measure";

/**
 * The slot computation measured in-process (run by ./scheduling.ts under the react-server
 * condition, as the server runs lib/): 3 interviewers over 10 working days, each with 300 busy
 * events in a local Radicale, a third of them recurring. Prints one JSON line of figures.
 */
const USERS = 3;
/** Fewer with BENCH_SCHEDULING_EVENTS, for a quick look (setting up 900 events takes minutes). */
const EVENTS = Number(process.env.BENCH_SCHEDULING_EVENTS ?? 300);

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-bench-scheduling-"));
  Object.assign(process.env, {
    DATABASE_PATH: path.join(dir, "rekry.db"),
    AUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
    CALENDAR_ALLOW_PRIVATE: "true",
  });
  const { openDatabase, setDatabase } = await import("@/db");
  const { applyMigrations } = await import("@/db/migrate");
  const { insertUser } = await import("@/lib/users/store");
  const { bySystem } = await import("@/lib/events/record");
  const { saveOwnAvailability } = await import("@/lib/scheduling/availability");
  const { connectOwnCalendar } = await import("@/lib/scheduling/calendar-connection");
  const { forgetBusy } = await import("@/lib/scheduling/calendar-busy");
  const { computeSlots } = await import("@/lib/scheduling/slots");
  const database = openDatabase(path.join(dir, "rekry.db"));
  applyMigrations(database);
  setDatabase(database);
  const passwords = Object.fromEntries(Array.from({ length: USERS }, (_, i) => [`user${i}`, `password-${i}`]));
  const radicale = await startRadicale(passwords);
  try {
    const day = 86_400_000;
    const monday = Date.UTC(2030, 0, 7);
    const ids: number[] = [];
    for (let u = 0; u < USERS; u++) {
      const name = `user${u}`;
      const user = await insertUser(
        database,
        {
          name: `Interviewer ${u}`,
          email: `${name}@bench.local`,
          role: "hiring_manager",
          password: "bench-password-1",
        },
        bySystem("cli:bench"),
      );
      const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
      await saveOwnAvailability(actor, {
        timeZone: "Europe/Stockholm",
        ranges: [1, 2, 3, 4, 5].map((d) => ({ day: d, start: "08:00", end: "18:00" })),
      });
      const calendar = await radicale.makeCalendar(name, "work");
      for (let e = 0; e < EVENTS; e++) {
        const start = monday - 7 * day + ((e * 7919) % (28 * 20)) * 1_800_000 + (e % 4) * day;
        const lines = [
          `UID:bench-${u}-${e}`,
          `DTSTAMP:${stamp(monday)}`,
          `DTSTART:${stamp(start)}`,
          `DTEND:${stamp(start + 1_800_000)}`,
        ];
        if (e % 3 === 0)
          lines.push(
            ["RRULE:FREQ=WEEKLY;INTERVAL=3", "RRULE:FREQ=DAILY;COUNT=4", "RRULE:FREQ=MONTHLY;COUNT=6"][
              e % 9 === 0 ? 0 : e % 2
            ]!,
          );
        await radicale.putEvent(calendar, name, `bench-${u}-${e}`, vcalendar(lines));
      }
      await connectOwnCalendar(actor, {
        kind: "caldav",
        url: radicale.url,
        username: name,
        password: passwords[name]!,
      });
      ids.push(user.id);
    }
    const input = {
      interviewerIds: ids,
      mode: "all" as const,
      durationMin: 60,
      from: new Date(monday),
      to: new Date(monday + 12 * day),
      minNoticeMin: 0,
      bufferMin: 10,
      now: new Date(monday - day),
    };
    const time = async (n: number, before: () => void) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        before();
        const started = performance.now();
        await computeSlots(input);
        times.push(performance.now() - started);
      }
      return times;
    };
    const cold = await time(10, () => forgetBusy());
    const warm = await time(30, () => {});
    const slots = (await computeSlots(input)).slots.length;
    console.log(JSON.stringify({ cold: percentile(cold, 95), warm: percentile(warm, 95), slots }));
  } finally {
    await radicale.stop();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
