import "server-only";
import { eq } from "drizzle-orm";
import { read, write } from "@/db";
import { calendarConnections, staffAvailability } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import { byUser, recordEvent } from "@/lib/events/record";
import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";
import { openSecret, sealSecret } from "@/lib/security/secret-box";
import type { CalendarConnectionData } from "@/lib/validations/availability";
import { forgetBusy } from "./calendar-busy";
import { CalendarError } from "./calendar-http";
import { readCalendar, type Connection } from "./calendar-read";

const URL_PURPOSE = "calendar-url";
const PASSWORD_PURPOSE = "calendar-password";

/** The user's calendar with its secrets opened, or null when none is connected. */
export async function connectionFor(userId: number): Promise<(Connection & { updatedAt: number }) | null> {
  const row = await read()
    .select({ c: calendarConnections, timeZone: staffAvailability.timeZone })
    .from(calendarConnections)
    .leftJoin(staffAvailability, eq(staffAvailability.userId, calendarConnections.userId))
    .where(eq(calendarConnections.userId, userId))
    .get();
  if (!row) return null;
  const { c } = row;
  return {
    kind: c.kind,
    url: openSecret(URL_PURPOSE, c.sealedUrl),
    username: c.username ?? "",
    password: c.sealedPassword ? openSecret(PASSWORD_PURPOSE, c.sealedPassword) : "",
    timeZone: row.timeZone ?? COMPANY_TIME_ZONE,
    updatedAt: c.updatedAt.getTime(),
  };
}

/** What the account page shows of a connected calendar: never the URL or the password. */
export type CalendarView = { kind: "caldav" | "ics"; host: string; connectedAt: string } | null;

export async function ownCalendar(actor: Actor | null): Promise<CalendarView> {
  const who = requirePermission(actor, "staff.access");
  const row = await read().select().from(calendarConnections).where(eq(calendarConnections.userId, who.id)).get();
  return row ? { kind: row.kind, host: row.host, connectedAt: row.updatedAt.toISOString() } : null;
}

const TEST_DAYS = 14;

/** Reads the next two weeks; the answer says how many busy times were found, or why it failed. */
async function tryRead(connection: Connection, now = Date.now()): Promise<CommandText> {
  const spans = await readCalendar(connection, now, now + TEST_DAYS * 86_400_000, env().CALENDAR_ALLOW_PRIVATE);
  return msg("calendar.connected", { host: new URL(connection.url).host, count: spans.length, days: TEST_DAYS });
}

/**
 * Connects (or replaces) the acting user's calendar after reading it once: a connection that
 * cannot be read is refused with the reason, and nothing is stored. `input` as
 * calendarConnectionInput parsed it (the account page's action).
 */
export async function connectOwnCalendar(
  actor: Actor | null,
  input: CalendarConnectionData,
): Promise<{ message: CommandText; calendar: CalendarView }> {
  const who = requirePermission(actor, "staff.access");
  const zone = await read().select().from(staffAvailability).where(eq(staffAvailability.userId, who.id)).get();
  const connection: Connection =
    input.kind === "caldav"
      ? {
          kind: "caldav",
          url: input.url,
          username: input.username,
          password: input.password,
          timeZone: zone?.timeZone ?? COMPANY_TIME_ZONE,
        }
      : { kind: "ics", url: input.url, username: "", password: "", timeZone: zone?.timeZone ?? COMPANY_TIME_ZONE };
  let message: CommandText;
  try {
    message = await tryRead(connection);
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    throw new AppError("unprocessable", msg("calendar.unreadable", { reason: e.message }), {
      errors: { url: msg("calendar.unreadableField", { reason: e.message }) },
    });
  }
  const now = new Date();
  const values = {
    kind: input.kind,
    host: new URL(input.url).host,
    sealedUrl: sealSecret(URL_PURPOSE, input.url),
    username: input.kind === "caldav" ? input.username : null,
    sealedPassword: input.kind === "caldav" ? sealSecret(PASSWORD_PURPOSE, input.password) : null,
    updatedAt: now,
  };
  await write(async (tx) => {
    const before = await tx
      .select({ userId: calendarConnections.userId })
      .from(calendarConnections)
      .where(eq(calendarConnections.userId, who.id))
      .get();
    await tx
      .insert(calendarConnections)
      .values({ userId: who.id, ...values })
      .onConflictDoUpdate({ target: calendarConnections.userId, set: values })
      .run();
    await recordEvent(
      tx,
      byUser(who),
      { kind: "calendar.changed", data: changeData(who, before ? "replaced" : "connected", values) },
      now,
    );
  });
  forgetBusy(who.id);
  return { message, calendar: { kind: input.kind, host: values.host, connectedAt: now.toISOString() } };
}

/** Reads the stored calendar now (past the cache) and says what happened. */
export async function testOwnCalendar(actor: Actor | null): Promise<{ ok: boolean; message: CommandText }> {
  const who = requirePermission(actor, "staff.access");
  const connection = await connectionFor(who.id);
  if (!connection) return { ok: false, message: msg("calendar.none") };
  forgetBusy(who.id);
  try {
    return { ok: true, message: await tryRead(connection) };
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    return {
      ok: false,
      message: msg("calendar.hostUnreadable", { host: new URL(connection.url).host, reason: e.message }),
    };
  }
}

export async function disconnectOwnCalendar(actor: Actor | null): Promise<void> {
  const who = requirePermission(actor, "staff.access");
  await write(async (tx) => {
    const row = await tx
      .delete(calendarConnections)
      .where(eq(calendarConnections.userId, who.id))
      .returning({ kind: calendarConnections.kind, host: calendarConnections.host })
      .get();
    if (row)
      await recordEvent(tx, byUser(who), { kind: "calendar.changed", data: changeData(who, "disconnected", row) });
  });
  forgetBusy(who.id);
}

/** The organisation log's entry: the host alone, never the URL (a feed's is a secret) nor the password. */
const changeData = (
  who: Pick<Actor, "id" | "email">,
  change: "connected" | "replaced" | "disconnected",
  calendar: { kind: "caldav" | "ics"; host: string },
) => ({ userId: who.id, email: who.email, change, calendarKind: calendar.kind, host: calendar.host });
