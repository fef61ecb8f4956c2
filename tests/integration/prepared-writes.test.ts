import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byCandidate, recordEvent } from "@/lib/events/record";
import { enqueueMail } from "@/lib/mail/outbox";
import { createTestData, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let applicationId: number;
beforeAll(async () => {
  t = await createTestData();
  applicationId = ((await (await apply(validFields())).json()) as { id: number }).id;
});
afterAll(() => t.cleanup());

/** The column as stored: SQL NULL as null (not the JSON text "null"), JSON text parsed (PostgreSQL's jsonb spaces it). */
const stored = async (query: ReturnType<typeof sql>) => {
  const [row] = await t.db.read().all<{ v: string | null }>(query);
  return row!.v === null ? null : { json: JSON.parse(row!.v) as unknown };
};

// The event and outbox inserts are built once per connection with placeholders (db/prepared.ts);
// drizzle would encode a null placeholder of a JSON column as the text "null".
describe("the statements built once per connection", () => {
  it("store an event without data as NULL and one with data as its JSON", async () => {
    await t.db.write((tx) => recordEvent(tx, byCandidate, { kind: "exported", applicationId }));
    await t.db.write((tx) => recordEvent(tx, byCandidate, { kind: "tag_added", applicationId, data: { tag: "go" } }));
    const data = (kind: string) =>
      stored(sql`select data as v from application_events where application_id = ${applicationId} and kind = ${kind}`);
    expect(await data("exported")).toBeNull();
    expect(await data("tag_added")).toEqual({ json: { tag: "go" } });
  });

  it("queue a mail without attachments as NULL and one with them as their JSON", async () => {
    const mail = { kind: "probe", to: "probe@example.com", subject: "s", text: "t", html: "<p>t</p>" };
    const invite = { filename: "invite.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" };
    await t.db.write((tx) => enqueueMail(tx, { ...mail, subject: "none" }));
    await t.db.write((tx) => enqueueMail(tx, { ...mail, subject: "empty", attachments: [] }));
    await t.db.write((tx) => enqueueMail(tx, { ...mail, subject: "one", attachments: [invite] }));
    const attachments = (subject: string) =>
      stored(sql`select attachments as v from outbox where kind = 'probe' and subject = ${subject}`);
    expect(await attachments("none")).toBeNull();
    expect(await attachments("empty")).toBeNull();
    expect(await attachments("one")).toEqual({ json: [invite] });
  });
});
