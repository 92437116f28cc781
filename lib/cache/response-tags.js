// The cache tags a response was built from, for the edge in front (`npm run start:edge`). `npm
// start` (lib/server/start.js) opens a collector around each request; the cache handler notes the
// tags of every entry the request reads or writes (the page's own entry carries the tags of every
// cached read it rendered, lib/cache/cached.ts), and the server sends them as an `xkey` header just
// before the response's headers go out. The edge stores the response under those keys and, when a
// write publishes the same tags on the tag bus, drops it (lib/server/edge-purger.js): one set of
// tags invalidates Next's cache and the edge's.
//
// Plain ESM JavaScript, shared through globalThis: Next loads the cache handler outside its bundles.
import { AsyncLocalStorage } from "node:async_hooks";

const KEY = Symbol.for("threshold.cache.responseTags");
/** Next's implicit tags (every path and layout): the edge purges by our tags alone. */
const IMPLICIT = "_N_T_";

/** @returns {AsyncLocalStorage<Set<string>>} */
function storage() {
  globalThis[KEY] ??= new AsyncLocalStorage();
  return globalThis[KEY];
}

/**
 * Runs fn with a fresh collector; the returned function reads what was collected so far.
 * @template T
 * @param {() => T} fn
 * @returns {{ result: T, tags: () => string[] }}
 */
export function collectResponseTags(fn) {
  const tags = new Set();
  const result = storage().run(tags, fn);
  return { result, tags: () => [...tags] };
}

/**
 * Notes tags for the response being built (outside a request: nothing to note).
 * @param {Iterable<string> | undefined} tags
 */
export function noteResponseTags(tags) {
  const current = storage().getStore();
  if (!current || !tags) return;
  for (const tag of tags) if (tag && !tag.startsWith(IMPLICIT)) current.add(tag);
}

/** The xkey header value: tags separated by spaces (tags never contain one). */
export function xkeyHeader(tags) {
  return tags.length ? tags.join(" ") : undefined;
}
