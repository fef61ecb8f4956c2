import { z } from "zod";

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
  .string({ error: "Enter a time as HH:MM." })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Enter a time as HH:MM (00:00 to 24:00).");

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const range = z.object({
  day: z.coerce.number().int().min(1, "Choose a day.").max(7, "Choose a day."),
  start: clock,
  end: clock,
});

/** The account page's interview hours form, and what the server accepts from it. */
export const availabilityInput = z
  .object({
    timeZone: z
      .string({ error: "Choose a time zone." })
      .trim()
      .refine(isTimeZone, "Choose a time zone from the list (an IANA name such as Europe/Stockholm)."),
    ranges: z.array(range).max(70, "At most 70 ranges a week."),
  })
  .superRefine((v, ctx) => {
    v.ranges.forEach((r, i) => {
      if (minutesOf(r.start) >= minutesOf(r.end))
        ctx.addIssue({ code: "custom", path: ["ranges", i, "end"], message: "The end must come after the start." });
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
            message: "This range overlaps another on the same day.",
          });
    }
  });

export type AvailabilityInput = z.input<typeof availabilityInput>;
export type AvailabilityData = z.output<typeof availabilityInput>;

const calendarUrl = z
  .string({ error: "Enter the calendar's URL." })
  .trim()
  .min(1, "Enter the calendar's URL.")
  .max(2000, "The URL is too long.")
  .transform((u) => u.replace(/^webcals?:\/\//i, "https://"))
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an https:// (or http://) URL." }));

/** The calendar connection form: a CalDAV account or a private iCalendar feed. */
export const calendarConnectionInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("caldav"),
    url: calendarUrl,
    username: z.string().trim().min(1, "Enter the user name.").max(200, "The user name is too long."),
    password: z.string().min(1, "Enter the app password.").max(500, "The password is too long."),
  }),
  z.object({ kind: z.literal("ics"), url: calendarUrl }),
]);

export type CalendarConnectionInput = z.input<typeof calendarConnectionInput>;
export type CalendarConnectionData = z.output<typeof calendarConnectionInput>;
