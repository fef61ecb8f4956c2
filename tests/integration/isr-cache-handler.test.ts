import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheInstance } from "@/tests/helpers/cache-instance";

const POSTING_PAGES = "_N_T_/[lang]/jobs/[slug]/page";
const POSTING_TAGS = ["_N_T_/layout", "_N_T_/[lang]/layout", POSTING_PAGES, "_N_T_/en/jobs/designer"];

describe("ISR cache handler without DATABASE_URL (SQLite, one instance)", () => {
  let a: CacheInstance;
  let b: CacheInstance;

  beforeAll(() => {
    [a, b] = [new CacheInstance(), new CacheInstance()];
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("keeps pages in memory, and a revalidation makes its own page a miss", async () => {
    await a.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
    expect(await a.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
    expect(await a.get("/en/jobs/other")).toBeNull();

    await a.revalidateTag([POSTING_PAGES]);
    expect(await a.get("/en/jobs/designer")).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.set("/en/jobs/designer", "<h1>Senior designer</h1>", POSTING_TAGS);
    expect(await a.get("/en/jobs/designer")).toEqual({ html: "<h1>Senior designer</h1>", stale: false });
  });

  it("shares nothing between instances, as before, and tries no database", async () => {
    await b.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
    await a.revalidateTag([POSTING_PAGES]);
    expect(await b.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
    expect([...(await a.logs()), ...(await b.logs())]).toEqual([]);
  });
});

describe("ISR cache handler during next build", () => {
  it("does not touch the DATABASE_URL database: the build's workers must not need one", async () => {
    // Nothing listens on port 1: any attempt to connect would fail and be logged.
    const builder = new CacheInstance("postgres://rekry:wrong@127.0.0.1:1/rekry", "phase-production-build");
    try {
      await builder.set("/en/jobs/designer", "<h1>Designer</h1>", POSTING_TAGS);
      expect(await builder.get("/en/jobs/designer")).toEqual({ html: "<h1>Designer</h1>", stale: false });
      await builder.revalidateTag([POSTING_PAGES]);
      expect(await builder.get("/en/jobs/designer")).toBeNull();
      expect(await builder.logs()).toEqual([]);
    } finally {
      await builder.stop();
    }
  });
});
