// Plain JavaScript: next.config.ts names this file as `cacheHandler`, and Next imports it by path at
// run time (and in the build's workers) without compiling it.
import { createRequire } from "node:module";
import { sharedTagsUrl, TagStore } from "./tag-store.mjs";

const require = createRequire(import.meta.url);
// Next's own handler, the one it uses when `cacheHandler` is unset: pages in a bounded in-memory LRU
// (cacheMaxMemorySize), read from the build's prerendered files on a miss. And the tag state that it
// and Next's IncrementalCache consult, one per process. Both are internal to Next; the tests in
// tests/integration/pg-isr-cache-handler.test.ts fail if an upgrade moves or changes them.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { tagsManifest, areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const TAGS_HEADER = "x-next-cache-tags";

/** One per process: Next constructs a cache handler for every request. */
let store;
function sharedStore() {
  if (store === undefined) {
    const url = sharedTagsUrl();
    store = url ? new TagStore(url) : null;
  }
  return store;
}

/**
 * Next's file-system cache, with revalidations shared through PostgreSQL when DATABASE_URL names
 * one: each instance keeps its own copy of the pages, but a tag revalidated on any instance makes
 * every instance's copies older than that revalidation stale. Without DATABASE_URL it is exactly
 * Next's default handler.
 */
export default class IsrCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const shared = sharedStore();
    if (!entry || !shared) return entry;
    const tags = tagsOf(entry, ctx);
    if (tags.length === 0) return entry;
    learn(await shared.read(tags));
    // An expired tag (revalidatePath, or a profile's expiry passed) means a blocking re-render, as
    // Next's own handler does. A stale one (revalidateTag with a profile) is left to Next, which
    // reads it from the manifest, serves this entry and re-renders in the background.
    return areTagsExpired(tags, entry.lastModified) ? null : entry;
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await sharedStore()?.record(typeof tags === "string" ? [tags] : tags, durations);
  }
}

/**
 * A page's or route's tags, its own and the implicit ones revalidatePath targets (`_N_T_/...`),
 * travel in its stored headers; a fetch's come with the request, its soft tags apart.
 */
function tagsOf(entry, ctx) {
  if (entry.value?.kind === "FETCH") return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
  const header = entry.value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** Other instances' revalidations into this process's manifest, keeping whichever is later. */
function learn(revalidated) {
  for (const [tag, { stale, expired }] of Object.entries(revalidated)) {
    const known = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, { stale: later(known.stale, stale), expired: later(known.expired, expired) });
  }
}

function later(a, b) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
