// Keeps the edge cache as fresh as the app's own: every write publishes its cache tags on the tag
// bus (pg_notify on commit, lib/cache/invalidate.ts); this listens on the same channel and asks
// Varnish to drop every response tagged with them (PURGE with `xkey-purge`, deploy/threshold.vcl).
//
// Each purge is sent twice, at once and REPEAT_AFTER_MS later: the app processes hear the same
// notification on their own connections, and one that has not yet applied it when the edge asks
// again could hand back the old page, which the edge would then keep for s-maxage. After a
// reconnection (notifications sent meanwhile are lost) the whole edge cache is dropped.
//
// The edge is a process on this machine, not the internet, so this is plain node:http rather than
// lib/net's outboundFetch (which refuses loopback addresses by design).
import { request } from "node:http";
import { CACHE_CHANNEL } from "../cache/tag-bus.js";
import { listen } from "../db-listen.js";

export const REPEAT_AFTER_MS = 1000;

/**
 * Sends one PURGE to the edge; resolves with the status (0 when the edge did not answer).
 * @param {string} edgeUrl e.g. http://127.0.0.1:8080
 * @param {string} keys space-separated tags, or "*" for everything
 * @returns {Promise<number>}
 */
export function purgeKeys(edgeUrl, keys) {
  return new Promise((resolve) => {
    const req = request(new URL("/", edgeUrl), { method: "PURGE", headers: { "xkey-purge": keys }, timeout: 5000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
    req.end();
  });
}

/** The tags of one tag-bus notification ({ tags: [...] }), or none when it is not one. */
export function tagsOfNotification(payload) {
  try {
    const parsed = JSON.parse(payload);
    return Array.isArray(parsed?.tags) ? parsed.tags.map(String).filter((t) => /^[^\s,]+$/.test(t)) : [];
  } catch {
    return [];
  }
}

/**
 * Starts purging the edge on every cache invalidation; returns a stop function.
 * @param {{ edgeUrl: string, databaseUrl?: string, busUrl?: string, log?: (line: string) => void,
 *   repeatAfterMs?: number }} options
 */
export function startEdgePurger(options) {
  const log = options.log ?? (() => undefined);
  const repeatAfterMs = options.repeatAfterMs ?? REPEAT_AFTER_MS;
  const timers = new Set();
  const purge = async (keys) => {
    const status = await purgeKeys(options.edgeUrl, keys);
    if (status !== 200) log(`purge of ${keys} answered ${status || "nothing"}`);
  };
  const purgeTwice = (keys) => {
    void purge(keys);
    const timer = setTimeout(() => {
      timers.delete(timer);
      void purge(keys);
    }, repeatAfterMs);
    timers.add(timer);
  };
  const listener = listen({
    databaseUrl: options.databaseUrl,
    busUrl: options.busUrl,
    channels: [CACHE_CHANNEL],
    onNotify: (_channel, payload) => {
      const tags = tagsOfNotification(payload);
      if (tags.length) purgeTwice(tags.join(" "));
    },
    onConnect: () => purgeTwice("*"),
  });
  return () => {
    for (const timer of timers) clearTimeout(timer);
    listener.close();
  };
}
