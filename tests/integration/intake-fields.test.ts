import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { files } from "@/db/schema";
import { createTestData, type TestData } from "../helpers/test-data";
import { PDF } from "../helpers/files";
import { apply, form, stored, validFields } from "../helpers/intake";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

let before: Awaited<ReturnType<typeof stored>>;
beforeEach(async () => {
  before = await stored(t.db, t.uploadDir);
});

describe("a repeated multipart field is refused, never resolved by picking one", () => {
  it.each(["email", "privacyConsent"])(
    "answers 400 naming %s when it is sent twice, and stores nothing",
    async (field) => {
      const body = form(validFields());
      body.append(field, field === "email" ? "someone-else@example.com" : "false");
      const res = await apply(body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: string; message: string; errors: Record<string, string> };
      expect(json.error).toBe("invalid");
      expect(json.message).toContain(`"${field}"`);
      expect(Object.keys(json.errors)).toEqual([field]);
      expect(await stored(t.db, t.uploadDir)).toEqual(before);
    },
  );
});

describe("a CV's display name", () => {
  it("drops direction overrides and other invisible characters, and ends in the type of its bytes", async () => {
    const cv = new File([PDF], "cv\u202efdp.exe", { type: "application/pdf" });
    const res = await apply({ ...validFields(), cv });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect((await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())?.originalName).toBe(
      "cvfdp.exe.pdf",
    );
  });

  it("keeps a plain name as sent, zero-width and bidi marks removed", async () => {
    const cv = new File([PDF], "\u200bÅsa\u2066 Öberg\u2069 CV\ufeff.pdf", { type: "application/pdf" });
    const { id } = (await (await apply({ ...validFields(), cv })).json()) as { id: number };
    expect((await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())?.originalName).toBe(
      "Åsa Öberg CV.pdf",
    );
  });
});
