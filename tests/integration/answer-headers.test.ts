import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/staff/me/route";
import * as usersRoute from "@/app/api/staff/users/route";
import * as applicationRoute from "@/app/api/staff/applications/[id]/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let cookie: string;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  cookie = await sessionCookie((await addUser(t.db, "recruiter")).id);
}, 30_000);
afterAll(() => t.cleanup());

describe("headers on answers that hold personal data", () => {
  it("sends Cache-Control: no-store on every staff API answer, errors included", async () => {
    const answers = [
      await callStaff(me.GET, { cookie }),
      await callStaff(me.GET),
      await callStaff(usersRoute.GET, { cookie }),
      await callStaff(applicationRoute.GET, { cookie, params: { id: "999999" } }),
      await callStaff(usersRoute.POST, { method: "POST", cookie, body: { name: "X" }, origin: "https://evil.example" }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 403, 404, 403]);
    for (const res of answers) expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("gives the no-JavaScript apply form's error page a policy that runs no script", async () => {
    const res = await apply(
      { ...validFields(), fullName: "<script>alert(1)</script>", email: "nope" },
      { headers: { accept: "text/html" } },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    for (const d of [
      "default-src 'self'",
      "script-src 'none'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(csp).toContain(d);
  });
});
