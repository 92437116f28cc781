// The cache tag bus: one per server process. Writes publish their cache tags with pg_notify inside
// their transaction (lib/cache/invalidate.ts); PostgreSQL delivers them on commit to every
// listening process, which marks the tags expired here. The cache handler (handler.js) asks
// isStale() before serving an entry, so a page is re-rendered on the first request after a write
// from any process: the admin console, the write API, an importer, the worker or a test.
//
// Notifications sent while the bus was disconnected are lost, so after a reconnection everything
// cached before it is "maybe stale": served, and revalidated lazily one key at a time (handler.js),
// never thrown away at once (every page would hit the database together just as it recovers).
// The bus's connection is also how the process knows the database went away (lib/db-health.js).
//
// Plain ESM JavaScript because Next loads the cache handler outside its bundles.
import { parseEnv } from "../env/schema.js";
import { listen } from "../db-listen.js";
import { reportDbConnected, reportDbDisconnected } from "../db-health.js";

export const CACHE_CHANNEL = "threshold_cache";
const KEY = Symbol.for("threshold.cache.tagBus");

function createBus() {
  /** @type {Map<string, number>} tag -> time it was invalidated (ms) */
  const expired = new Map();
  // epoch: entries older than it are expired (only when old invalidations are forgotten);
  // maybeStaleBefore: entries older than the last reconnection may have missed an invalidation.
  const state = { epoch: 0, maybeStaleBefore: 0, started: false, connections: 0 };

  function apply(tags, at = Date.now()) {
    for (const tag of tags) expired.set(tag, at);
    if (expired.size > 50_000) {
      // Forget the oldest invalidations; entries older than them are treated as stale.
      const cutoff = [...expired.values()].sort((a, b) => a - b)[25_000] ?? at;
      for (const [t, when] of expired) if (when < cutoff) expired.delete(t);
      state.epoch = Math.max(state.epoch, cutoff);
    }
  }

  function onPayload(payload) {
    try {
      const parsed = JSON.parse(payload);
      if (Array.isArray(parsed?.tags)) apply(parsed.tags.map(String));
    } catch {
      // Not ours: ignore.
    }
  }

  /** Notifications may have been missed while disconnected: everything cached before now is maybe stale. */
  function connectedNow() {
    reportDbConnected();
    state.connections += 1;
    // The first connection of the process has missed nothing that is cached.
    if (state.connections > 1) state.maybeStaleBefore = Date.now();
  }

  return {
    /** Starts listening (once per process). A no-op during `next build`. */
    start() {
      if (state.started) return;
      const env = parseEnv(process.env);
      if (env.NEXT_PHASE === "phase-production-build") return;
      state.started = true;
      listen({
        databaseUrl: env.DATABASE_URL,
        busUrl: env.EMBEDDED_BUS_URL,
        channels: [CACHE_CHANNEL],
        onNotify: (_channel, payload) => onPayload(payload),
        onConnect: connectedNow,
        onDisconnect: reportDbDisconnected,
      });
    },
    /**
     * How an entry created at `timestamp` (ms) stands: "expired" when a tag of it was invalidated
     * since, "maybe" when it predates the last reconnection of the bus, else "fresh".
     * @returns {"fresh" | "maybe" | "expired"}
     */
    staleness(tags, timestamp) {
      if (timestamp < state.epoch) return "expired";
      for (const tag of tags) {
        const at = expired.get(tag);
        if (at !== undefined && at >= timestamp) return "expired";
      }
      return timestamp < state.maybeStaleBefore ? "maybe" : "fresh";
    },
    /** True when an entry created at `timestamp` (ms) should be read again ("expired" or "maybe"). */
    isStale(tags, timestamp) {
      return this.staleness(tags, timestamp) !== "fresh";
    },
    /** The bus (re)connected: reported by the listener, after which missed notifications are assumed. */
    connected() {
      connectedNow();
    },
    /** In-process invalidation (revalidateTag calls). */
    expire(tags) {
      apply(tags);
    },
  };
}

/** The process-wide bus (shared by every bundle and the cache handler through globalThis). */
export function tagBus() {
  globalThis[KEY] ??= createBus();
  return globalThis[KEY];
}
