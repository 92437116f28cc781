// The cache tag bus: one per server process. Writes publish their cache tags with pg_notify inside
// their transaction (lib/cache/invalidate.ts); PostgreSQL delivers them on commit to every
// listening process, which marks the tags expired here. The cache handler (handler.js) asks
// isStale() before serving an entry, so a page is re-rendered on the first request after a write
// from any process: the admin console, the write API, an importer, the worker or a test.
//
// Plain ESM JavaScript because Next loads the cache handler outside its bundles.
import net from "node:net";
import pg from "pg";
import { parseEnv } from "../env/schema.js";

export const CACHE_CHANNEL = "threshold_cache";
const KEY = Symbol.for("threshold.cache.tagBus");

function createBus() {
  /** @type {Map<string, number>} tag -> time it was invalidated (ms) */
  const expired = new Map();
  const state = { epoch: 0, started: false, connected: false, retry: 500 };

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

  /** Notifications may have been missed while disconnected: everything cached before now is stale. */
  function connectedNow() {
    state.connected = true;
    state.retry = 500;
    state.epoch = Date.now();
  }

  function reconnectLater(start) {
    state.connected = false;
    const delay = state.retry;
    state.retry = Math.min(state.retry * 2, 15_000);
    setTimeout(start, delay).unref();
  }

  function listenPostgres(url) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    let closed = false;
    const fail = () => {
      if (closed) return;
      closed = true;
      client.end().catch(() => undefined);
      reconnectLater(() => listenPostgres(url));
    };
    client.on("notification", (msg) => {
      if (msg.channel === CACHE_CHANNEL && msg.payload) onPayload(msg.payload);
    });
    client.on("error", fail);
    client.on("end", fail);
    client
      .connect()
      .then(() => client.query(`LISTEN ${CACHE_CHANNEL}`))
      .then(connectedNow, fail);
  }

  function listenEmbedded(url) {
    const { hostname, port } = new URL(url);
    const socket = net.connect({ host: hostname, port: Number(port) });
    let buffer = "";
    let closed = false;
    const fail = () => {
      if (closed) return;
      closed = true;
      socket.destroy();
      reconnectLater(() => listenEmbedded(url));
    };
    socket.on("connect", connectedNow);
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const msg = JSON.parse(line);
          if (msg.channel === CACHE_CHANNEL) onPayload(msg.payload);
        } catch {
          // ignore malformed lines
        }
      }
    });
    socket.on("error", fail);
    socket.on("close", fail);
    socket.unref();
  }

  return {
    /** Starts listening (once per process). A no-op during `next build`. */
    start() {
      if (state.started) return;
      const env = parseEnv(process.env);
      if (env.NEXT_PHASE === "phase-production-build") return;
      state.started = true;
      if (env.EMBEDDED_BUS_URL) listenEmbedded(env.EMBEDDED_BUS_URL);
      else if (env.DATABASE_URL) listenPostgres(env.DATABASE_URL);
    },
    /** True when an entry created at `timestamp` (ms) is older than an invalidation of any tag. */
    isStale(tags, timestamp) {
      if (timestamp < state.epoch) return true;
      for (const tag of tags) {
        const at = expired.get(tag);
        if (at !== undefined && at >= timestamp) return true;
      }
      return false;
    },
    /** In-process invalidation (revalidateTag calls). */
    expire(tags) {
      apply(tags);
    },
    get connected() {
      return state.connected;
    },
  };
}

/** The process-wide bus (shared by every bundle and the cache handler through globalThis). */
export function tagBus() {
  globalThis[KEY] ??= createBus();
  return globalThis[KEY];
}
