// Next's server cache (ISR pages, route handlers, unstable_cache data), kept in memory per process
// with a size bound, and invalidated across processes by the tag bus. next.config.js points
// `cacheHandler` here.
//
// An entry is stamped with the time its render could first have read data (the first cache lookup
// for its key since the last write of that key), not the time it was stored, so an invalidation
// that arrives while a page is rendering still marks the result stale.
//
// Serving stale, never purging on a fault: an invalidated entry stays the last good version until
// its replacement is stored. While the database answers, an invalidated entry is a miss (the next
// request renders fresh data: a count written is on the page at once). While it does not
// (lib/db-health.js), and for entries that are only "maybe stale" after the bus reconnected, the
// entry is handed to Next as stale: Next answers with it and revalidates in the background, and
// unstable_cache keeps the stale value when that read fails. One revalidation per key at a time:
// other requests get the entry as fresh meanwhile, so a recovering database is not hit by every
// page at once.
import { LRUCache } from "lru-cache";
import { noteResponseTags } from "./response-tags.js";
import { tagBus } from "./tag-bus.js";
import { databaseDown } from "../db-health.js";

const KEY = Symbol.for("threshold.cache.store");
const TAGS_HEADER = "x-next-cache-tags";
/** How long one revalidation of a key may run before another request may start one. */
const REVALIDATION_WINDOW_MS = 15_000;

function store() {
  globalThis[KEY] ??= {
    entries: new LRUCache({
      maxSize: 256 * 1024 * 1024,
      sizeCalculation: (entry) => Math.max(1, entry.size),
    }),
    pendingSince: new LRUCache({ max: 50_000 }),
    revalidating: new LRUCache({ max: 50_000, ttl: REVALIDATION_WINDOW_MS }),
  };
  return globalThis[KEY];
}

function tagsOf(value, ctxTags) {
  const tags = new Set(ctxTags ?? []);
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const t of header.split(",")) if (t) tags.add(t);
  return [...tags];
}

/**
 * Approximate bytes an entry holds, for the LRU's bound. Bodies (Buffers) count by their length:
 * JSON.stringify counted them as nothing (its replacer sees a Buffer only after Buffer#toJSON made
 * it an array of numbers, which alone took ~4.5 ms for a status page), so the 256 MB bound held
 * headers and tags while page bodies grew without limit (100,000 initiatives × 3 languages of
 * status pages at ~200 kB each).
 */
export function entrySize(value, depth = 0) {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length;
  if (typeof value !== "object") return 8;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
  if (depth > 16) return 1024;
  let size = 2;
  if (value instanceof Map) {
    for (const [k, v] of value) size += entrySize(k, depth + 1) + entrySize(v, depth + 1);
  } else if (Array.isArray(value)) {
    for (const v of value) size += entrySize(v, depth + 1) + 1;
  } else {
    for (const k of Object.keys(value)) size += k.length + 3 + entrySize(value[k], depth + 1);
  }
  return size;
}

/**
 * A time of last modification that makes Next treat the entry as stale but still servable: older
 * than its revalidate period, younger than its expire period (past that Next renders before
 * answering, which is what must not happen while the database is away).
 */
function staleStamp(entry, ctx, now) {
  const fetchKind = entry.value?.kind === "FETCH";
  const revalidate = fetchKind ? (ctx?.revalidate ?? entry.value.revalidate) : entry.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || revalidate <= 0) return null;
  const expire = fetchKind ? undefined : entry.cacheControl?.expire;
  if (typeof expire === "number" && expire <= revalidate + 2) return null;
  return now - (revalidate + 1) * 1000;
}

function answer(entry, lastModified) {
  return entry.cacheControl ? { value: entry.value, lastModified, cacheControl: entry.cacheControl } : { value: entry.value, lastModified };
}

export default class ThresholdCacheHandler {
  constructor() {
    tagBus().start();
  }

  async get(key, ctx) {
    const { entries, pendingSince, revalidating } = store();
    if (!pendingSince.has(key)) pendingSince.set(key, Date.now());
    // The response depends on this key's tags whether it is found or (re)computed (the edge's xkey).
    noteResponseTags(ctx?.tags);
    const entry = entries.get(key);
    if (!entry) return null;
    noteResponseTags(entry.tags);
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    let staleness = tagBus().staleness(tags, entry.lastModified);
    // Rendered while the database was away (from stale data, perhaps): refresh it once it is back.
    if (staleness === "fresh" && entry.storedWhileDown && !databaseDown()) staleness = "maybe";
    if (staleness === "fresh") return answer(entry, entry.lastModified);
    // Invalidated while the database answers: render the replacement now (the entry stays until then).
    if (staleness === "expired" && !databaseDown()) return null;
    const now = Date.now();
    // Someone is already revalidating this key: serve the last good version as it is.
    if (revalidating.has(key)) return answer(entry, now);
    const stamp = staleStamp(entry, ctx, now);
    // An entry that never goes stale by time (no revalidate period) cannot ask Next to refresh it
    // in the background: keep serving it while the database is away, refresh when it is back.
    if (stamp === null) return staleness === "maybe" || databaseDown() ? answer(entry, now) : null;
    revalidating.set(key, now);
    return answer(entry, stamp);
  }

  async set(key, data, ctx) {
    const { entries, pendingSince, revalidating } = store();
    const since = pendingSince.get(key) ?? Date.now();
    pendingSince.delete(key);
    if (data === null || data === undefined) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(data, ctx?.tags);
    noteResponseTags(tags);
    const current = entries.get(key);
    // Next stores the previous value again after a failed revalidation: that is not a new render,
    // so it keeps its age (and stays stale until a real replacement arrives).
    if (current && current.value === data) return;
    revalidating.delete(key);
    entries.set(key, {
      value: data,
      lastModified: since,
      tags,
      size: entrySize(data),
      cacheControl: ctx?.cacheControl,
      storedWhileDown: databaseDown(),
    });
  }

  async revalidateTag(tags) {
    tagBus().expire(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
