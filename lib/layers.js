// The layers of lib/, lowest first. A folder (or top-level module, such as db.ts) may import the
// folders of LOWER layers only: never one of its own layer, never one above. So imports run one way
// (app/ -> lib/http and the domains -> the shared core -> db.ts), no two folders import each other,
// and no domain reaches the adapters in lib/http. Checked by ESLint (import/no-restricted-paths
// zones built from this list, in eslint.config.js) and by lib/layers.test.ts, which reads every
// import and fails on any that runs upwards or sideways, or on a folder missing here.
// To add a folder, put it in the lowest layer above everything it imports.
//
// Plain JavaScript: eslint.config.js loads it.

/** @type {string[][]} */
export const LAYERS = [
  // Generated code, configuration and language: no imports from lib/.
  ["generated", "env", "html", "i18n", "series", "csv", "db-listen", "db-health"],
  // The database client, errors and shared field schemas.
  ["db", "errors"],
  ["schemas", "mail", "cache", "net", "health", "maps"],
  // Who is asking; the audit trail every command writes.
  ["auth"],
  ["audit"],
  // Domains, each above the ones it builds on.
  ["tokens", "users", "rules", "events", "site", "account"],
  ["initiatives", "jurisdictions"],
  ["counts", "stages", "topics", "follows", "compare"],
  ["responses"],
  ["jobs"],
  ["notifications", "webhooks"],
  ["importers", "openapi"],
  // Adapters: route handlers and server actions (app/) build on these.
  ["http"],
  // Tools: the seed, tests' helpers, development, benchmarks, command-line scripts.
  ["dev"],
  ["testing"],
  ["seed"],
  ["bench", "cli", "server"],
];

/** The layer a lib/ folder (or top-level module) belongs to, or -1 when it is not listed. */
export function layerOf(folder) {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}
