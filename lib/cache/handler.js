// Next's server cache (ISR pages, route handlers, unstable_cache data), kept in memory per process
// with a size bound, and invalidated across processes by the tag bus. next.config.js points
// `cacheHandler` here.
//
// An entry is stamped with the time its render could first have read data (the first cache lookup
// for its key since the last write of that key), not the time it was stored, so an invalidation
// that arrives while a page is rendering still marks the result stale.
import { LRUCache } from "lru-cache";
import { noteResponseTags } from "./response-tags.js";
import { tagBus } from "./tag-bus.js";

const KEY = Symbol.for("threshold.cache.store");
const TAGS_HEADER = "x-next-cache-tags";

function store() {
  globalThis[KEY] ??= {
    entries: new LRUCache({
      maxSize: 256 * 1024 * 1024,
      sizeCalculation: (entry) => Math.max(1, entry.size),
    }),
    pendingSince: new LRUCache({ max: 50_000 }),
  };
  return globalThis[KEY];
}

function tagsOf(value, ctxTags) {
  const tags = new Set(ctxTags ?? []);
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const t of header.split(",")) if (t) tags.add(t);
  return [...tags];
}

function sizeOf(value) {
  try {
    return JSON.stringify(value, (_k, v) => (v && v.type === "Buffer" ? "" : v))?.length ?? 1024;
  } catch {
    return 64 * 1024;
  }
}

export default class ThresholdCacheHandler {
  constructor() {
    tagBus().start();
  }

  async get(key, ctx) {
    const { entries, pendingSince } = store();
    if (!pendingSince.has(key)) pendingSince.set(key, Date.now());
    // The response depends on this key's tags whether it is found or (re)computed (the edge's xkey).
    noteResponseTags(ctx?.tags);
    const entry = entries.get(key);
    if (!entry) return null;
    noteResponseTags(entry.tags);
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (tagBus().isStale(tags, entry.lastModified)) {
      entries.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    const { entries, pendingSince } = store();
    const since = pendingSince.get(key) ?? Date.now();
    pendingSince.delete(key);
    if (data === null || data === undefined) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(data, ctx?.tags);
    noteResponseTags(tags);
    entries.set(key, { value: data, lastModified: since, tags, size: sizeOf(data) });
  }

  async revalidateTag(tags) {
    tagBus().expire(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
