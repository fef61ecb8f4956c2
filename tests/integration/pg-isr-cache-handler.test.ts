import { afterAll, beforeAll, expect, it } from "vitest";
import { CacheInstance } from "@/tests/helpers/cache-instance";
import { createPgDatabase, describePg, withPgClient, type PgTestDatabase } from "@/tests/helpers/pg";

// What revalidatePath("/[lang]/jobs/[slug]", "page") in lib/jobs/revalidate.ts revalidates, and the
// implicit tags Next gives the rendered posting /en/jobs/designer.
const POSTING_PAGES = "_N_T_/[lang]/jobs/[slug]/page";
const POSTING_TAGS = ["_N_T_/layout", "_N_T_/[lang]/layout", POSTING_PAGES, "_N_T_/en/jobs/designer"];
const LOGIN_TAGS = ["_N_T_/layout", "_N_T_/login/page", "_N_T_/login"];

describePg("ISR cache handler: revalidations shared through PostgreSQL (issue 16)", () => {
  let db: PgTestDatabase;
  let a: CacheInstance;
  let b: CacheInstance;

  beforeAll(async () => {
    // Empty: the handler creates its table itself.
    db = await createPgDatabase({ empty: true });
    [a, b] = [new CacheInstance(db.url), new CacheInstance(db.url)];
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it("a page revalidated on instance A is a miss on instance B, so B renders the new text", async () => {
    for (const instance of [a, b]) {
      await instance.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      await instance.set("/login", "<h1>Sign in</h1>", LOGIN_TAGS);
    }
    expect(await b.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });

    await a.revalidateTag([POSTING_PAGES]);

    expect(await b.get("/en/jobs/designer")).toBeNull();
    expect(await a.get("/en/jobs/designer")).toBeNull();
    // A page without the revalidated tag stays cached.
    expect(await b.get("/login")).toEqual({ html: "<h1>Sign in</h1>", stale: false });
  });

  it("a page stored after the revalidation is served, on every instance", async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    await b.set("/en/jobs/designer", "<h1>Senior designer</h1>", POSTING_TAGS);
    await a.set("/en/jobs/designer", "<h1>Senior designer</h1>", POSTING_TAGS);
    expect(await b.get("/en/jobs/designer")).toEqual({ html: "<h1>Senior designer</h1>", stale: false });
    expect(await a.get("/en/jobs/designer")).toEqual({ html: "<h1>Senior designer</h1>", stale: false });
  });

  it("revalidateTag with a profile on A leaves B's page served but stale, so Next re-renders it in the background", async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.revalidateTag(["_N_T_/en/jobs/designer"], { expire: 3600 });
    expect(await b.get("/en/jobs/designer")).toEqual({ html: "<h1>Senior designer</h1>", stale: true });
  });

  it("records one row per tag however often it is revalidated", async () => {
    await a.revalidateTag([POSTING_PAGES]);
    await b.revalidateTag([POSTING_PAGES, "_N_T_/sitemap.xml"]);
    const rows = await withPgClient(
      (client) =>
        client.query<{ tag: string }>("select tag from next_cache_tag_revalidations where tag = any($1) order by tag", [
          [POSTING_PAGES, "_N_T_/sitemap.xml"],
        ]),
      db.url,
    );
    expect(rows.rows.map((row) => row.tag)).toEqual([POSTING_PAGES, "_N_T_/sitemap.xml"]);
  });

  it("trusts what it read for CACHE_TAGS_CHECK_MS, then sees another instance's revalidation", async () => {
    const c = new CacheInstance(db.url, undefined, 500);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      await c.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      const readAt = Date.now();
      expect(await c.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
      await a.revalidateTag([POSTING_PAGES]);
      // What it read is trusted for 500 ms: the page stays served until then, and is a miss after.
      await expect.poll(() => c.get("/en/jobs/designer"), { timeout: 3000, interval: 50 }).toBeNull();
      expect(Date.now() - readAt).toBeGreaterThanOrEqual(500);
      // Its own revalidations apply at once, whatever it read.
      await c.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      expect(await c.get("/en/jobs/designer")).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 2));
      await c.revalidateTag([POSTING_PAGES]);
      expect(await c.get("/en/jobs/designer")).toBeNull();
    } finally {
      await c.stop();
    }
  });

  it("with the table dropped, pages are still served from memory and the failure is logged once", async () => {
    const c = new CacheInstance(db.url);
    try {
      await c.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      expect(await c.get("/en/jobs/designer")).not.toBeNull();
      await withPgClient((client) => client.query("drop table next_cache_tag_revalidations"), db.url);
      for (let i = 0; i < 3; i++)
        expect(await c.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
      const logs = await c.logs();
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/next_cache_tag_revalidations.*does not exist/);
    } finally {
      await c.stop();
    }
  });
});

describePg("ISR cache handler: an unreachable PostgreSQL", () => {
  it("never breaks page serving: answers from memory within the connection timeout and logs once", async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    const c = new CacheInstance("postgres://rekry:wrong@127.0.0.1:1/rekry");
    try {
      await c.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      const started = Date.now();
      for (let i = 0; i < 3; i++)
        expect(await c.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
      await c.revalidateTag([POSTING_PAGES]);
      expect(Date.now() - started).toBeLessThan(3000);
      // Its own revalidation still applies to its own pages, as on one instance.
      expect(await c.get("/en/jobs/designer")).toBeNull();
      const logs = await c.logs();
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/^Cache tags: could not read the revalidated cache tags in PostgreSQL \(.*ECONNREFUSED/);
    } finally {
      await c.stop();
    }
  });
});
