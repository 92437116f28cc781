// CORS of the open-data API (any origin may read), shared by the route handlers' responses
// (responses.ts) and next.config.js, which sends it on the cached count route, whose preflight Next
// answers itself. Plain JavaScript: next.config.js loads it.

/** @type {Record<string, string>} */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, X-Request-Id, Link",
  "Access-Control-Max-Age": "86400",
};
