// Whether the database is reachable, as this process last saw it: the cache tag bus reports its
// LISTEN connection going away and coming back, and every request that failed because the database
// could not be used reports that (lib/errors/to-app-error.ts). The cache handler serves the last
// good version of a page instead of re-rendering it while the database is down; npm start answers a
// page that failed to render meanwhile with 503 and Retry-After instead of 500.
//
// Plain ESM JavaScript, shared through globalThis: Next loads the cache handler and npm start's
// server outside its bundles.

const KEY = Symbol.for("threshold.dbHealth");
/** Seconds a client is asked to wait before retrying while the database is away (Retry-After). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
/** How long one failed request keeps the database "down" when the bus has not noticed anything. */
const FAILURE_MEMORY_MS = 10_000;

function state() {
  globalThis[KEY] ??= { connected: true, connectedAt: 0, failedAt: 0 };
  return globalThis[KEY];
}

export function reportDbConnected() {
  const s = state();
  s.connected = true;
  s.connectedAt = Date.now();
}

export function reportDbDisconnected() {
  state().connected = false;
}

/** A request failed because the database could not be used. */
export function reportDbUnavailable() {
  state().failedAt = Date.now();
}

/** True while the database is believed to be unreachable. */
export function databaseDown() {
  const s = state();
  if (!s.connected) return true;
  return s.failedAt > s.connectedAt && Date.now() - s.failedAt < FAILURE_MEMORY_MS;
}
