import { describe, expect, it } from "vitest";
import { mentionHandles, resolveMentions } from "@/lib/applications/mentions";
import { contentDisposition } from "@/lib/http/content-disposition";
import { tagInput } from "@/lib/validations/notes";

const staff = [
  { id: 1, name: "Maja Lind", email: "maja@example.com" },
  { id: 2, name: "Jonas A", email: "jonas@a.example" },
  { id: 3, name: "Jonas B", email: "jonas@b.example" },
];

describe("mentions", () => {
  it("use the part before @ as the handle unless two colleagues share it", () => {
    expect(mentionHandles(staff).map((u) => u.handle)).toEqual(["maja", "jonas@a.example", "jonas@b.example"]);
  });

  it("resolve a shared local part only by full email, each person once, ignoring emails in prose", () => {
    expect(resolveMentions("@jonas and @Jonas@B.example, @MAJA. @maja again; mail maja@example.com", staff)).toEqual([
      3, 1,
    ]);
  });
});

describe("contentDisposition", () => {
  it("keeps the exact name in filename* and a safe ASCII fallback that cannot break the header", () => {
    expect(contentDisposition("attachment", 'Jörg "CV"\r\n(1).pdf')).toBe(
      `attachment; filename="Jorg _CV_(1).pdf"; filename*=UTF-8''J%C3%B6rg%20%22CV%22%281%29.pdf`,
    );
    expect(contentDisposition("inline", "李雷.pdf")).toBe(
      `inline; filename="__.pdf"; filename*=UTF-8''%E6%9D%8E%E9%9B%B7.pdf`,
    );
  });
});

describe("tagInput", () => {
  it("normalises case, spaces and Unicode form, in any script", () => {
    expect(tagInput.parse({ tag: "  Senior  Go " }).tag).toBe("senior-go");
    expect(tagInput.parse({ tag: "Ärlig".normalize("NFD") }).tag).toBe("ärlig");
    expect(tagInput.parse({ tag: "Ελληνικά" }).tag).toBe("ελληνικά");
    expect(tagInput.safeParse({ tag: "a/b" }).success).toBe(false);
  });
});
