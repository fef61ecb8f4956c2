import "server-only";
import { eq } from "drizzle-orm";
import { read, write } from "@/db";
import { staffAvailability, type WeeklyHours } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";
import { WEEKDAYS, type AvailabilityData } from "@/lib/validations/availability";
import { DEFAULT_HOURS, weeklyHoursOf } from "./intervals";

/** What the account page's interview hours form starts from. */
export type AvailabilityView = {
  timeZone: string;
  ranges: { day: number; start: string; end: string }[];
  /** True while the user has not saved hours of their own (the defaults are shown). */
  isDefault: boolean;
};

const rangesOf = (hours: WeeklyHours) =>
  WEEKDAYS.flatMap((day) => hours[String(day) as keyof WeeklyHours].map((r) => ({ day, ...r })));

/** The acting user's own time zone and interview hours. */
export async function ownAvailability(actor: Actor | null): Promise<AvailabilityView> {
  const who = requirePermission(actor, "staff.access");
  const row = await read().select().from(staffAvailability).where(eq(staffAvailability.userId, who.id)).get();
  if (!row) return { timeZone: COMPANY_TIME_ZONE, ranges: rangesOf(DEFAULT_HOURS), isDefault: true };
  return { timeZone: row.timeZone, ranges: rangesOf(row.weeklyHours), isDefault: false };
}

/**
 * Saves the acting user's own time zone and interview hours (an empty list: never bookable), as
 * availabilityInput parsed them (the account page's action).
 */
export async function saveOwnAvailability(actor: Actor | null, input: AvailabilityData): Promise<AvailabilityView> {
  const who = requirePermission(actor, "staff.access");
  const weeklyHours = weeklyHoursOf(input.ranges);
  const values = { timeZone: input.timeZone, weeklyHours, updatedAt: new Date() };
  await write((tx) =>
    tx
      .insert(staffAvailability)
      .values({ userId: who.id, ...values })
      .onConflictDoUpdate({ target: staffAvailability.userId, set: values })
      .run(),
  );
  return { timeZone: input.timeZone, ranges: rangesOf(weeklyHours), isDefault: false };
}
