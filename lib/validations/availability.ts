import { z } from "zod";
import { msg } from "./message";

/** A valid IANA zone name, as the runtime knows it (Intl throws on unknown names). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const clock = z
  .string({ error: msg("availability.clock") })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, msg("availability.clockFormat"));

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const range = z.object({
  day: z.coerce.number().int().min(1, msg("availability.day")).max(7, msg("availability.day")),
  start: clock,
  end: clock,
});

/** The account page's interview hours form, and what the server accepts from it. */
export const availabilityInput = z
  .object({
    timeZone: z
      .string({ error: msg("availability.timeZone") })
      .trim()
      .refine(isTimeZone, msg("availability.timeZoneUnknown")),
    ranges: z.array(range).max(70, msg("availability.tooManyRanges")),
  })
  .superRefine((v, ctx) => {
    v.ranges.forEach((r, i) => {
      if (minutesOf(r.start) >= minutesOf(r.end))
        ctx.addIssue({ code: "custom", path: ["ranges", i, "end"], message: msg("availability.endBeforeStart") });
    });
    for (const day of WEEKDAYS) {
      const sorted = v.ranges
        .map((r, i) => ({ ...r, i }))
        .filter((r) => r.day === day)
        .sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
      for (let k = 1; k < sorted.length; k++)
        if (minutesOf(sorted[k]!.start) < minutesOf(sorted[k - 1]!.end))
          ctx.addIssue({
            code: "custom",
            path: ["ranges", sorted[k]!.i, "start"],
            message: msg("availability.overlap"),
          });
    }
  });

export type AvailabilityInput = z.input<typeof availabilityInput>;
export type AvailabilityData = z.output<typeof availabilityInput>;

const calendarUrl = z
  .string({ error: msg("availability.calendarUrl") })
  .trim()
  .min(1, msg("availability.calendarUrl"))
  .max(2000, msg("urlTooLong"))
  .transform((u) => u.replace(/^webcals?:\/\//i, "https://"))
  .pipe(z.url({ protocol: /^https?$/, error: msg("availability.calendarUrlScheme") }));

/** The calendar connection form: a CalDAV account or a private iCalendar feed. */
export const calendarConnectionInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("caldav"),
    url: calendarUrl,
    username: z.string().trim().min(1, msg("availability.username")).max(200, msg("availability.usernameTooLong")),
    password: z.string().min(1, msg("availability.appPassword")).max(500, msg("availability.passwordTooLong")),
  }),
  z.object({ kind: z.literal("ics"), url: calendarUrl }),
]);

export type CalendarConnectionInput = z.input<typeof calendarConnectionInput>;
export type CalendarConnectionData = z.output<typeof calendarConnectionInput>;
