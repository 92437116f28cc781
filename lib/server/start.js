// npm start: the production server. Next's own request handler behind a few lines that decide who
// the client is before Next sees the request (lib/server/forwarded.js: per-client sign-in limits
// must hold whatever X-Forwarded-For a client sends), add HSTS when the site is served over https,
// and compress the answers (lib/server/compress.js: a page served from the cache once per version,
// not on every request as Next would). Behind our own proxies (TRUST_PROXY set) each response also
// names the cache tags it was built from in an `xkey` header, so the edge of `npm run start:edge`
// can drop it when a write publishes one of them (lib/cache/response-tags.js). Options as for
// `next start`: --port/-p (or PORT), --hostname/-H.
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { collectResponseTags, xkeyHeader } from "../cache/response-tags.js";
import { parseEnv } from "../env/schema.js";
import { compressResponses } from "./compress.js";
import { compileTrust, normalizeForwarded } from "./forwarded.js";
import { databaseDown, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db-health.js";

// As `next start` does: a production server unless told otherwise (set before Next loads).
process.env.NODE_ENV ??= "production";
const env = parseEnv(process.env);
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? env.PORT);
const hostname = values.hostname;
const dir = path.resolve(import.meta.dirname, "../..");

const { default: next } = await import("next");
// Next is not told the listening address: its proxy's rewrites name localhost (Next's default), and
// with another hostname it took them for rewrites to a foreign origin (308 loops, measured on
// --hostname 127.0.0.1). The address only decides where the server listens.
const app = next({ dev: false, dir, port });
await app.prepare();
const handle = app.getRequestHandler();
const trusted = compileTrust(env.TRUST_PROXY);
// One year, as browsers' preload lists require; only meaningful (and only honoured) over https.
const HSTS = "max-age=31536000; includeSubDomains";
const httpsSite = env.APP_URL.startsWith("https:");
const behindProxy = !("hops" in env.TRUST_PROXY) || env.TRUST_PROXY.hops > 0;
// gzip or brotli here, not in Next (lib/server/compress.js); off behind a compressing proxy.
const compress = env.HTTP_COMPRESSION ? compressResponses() : null;

/** Adds the xkey header as the headers go out (Node writes them through writeHead, also implicitly). */
function sendTagsWithHeaders(res, tags) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const xkey = xkeyHeader(tags());
    if (xkey) res.setHeader("xkey", xkey);
    return writeHead.apply(this, args);
  };
}

/** The unavailable page per language (app/[locale]/unavailable, static), fetched once from ourselves. */
const unavailablePages = new Map();
async function unavailablePage(locale) {
  if (!unavailablePages.has(locale)) {
    const response = await fetch(`http://127.0.0.1:${port}${locale === "en" ? "" : `/${locale}`}/unavailable`, {
      headers: { "accept-encoding": "identity" },
    });
    if (!response.ok) throw new Error(`unavailable page: ${response.status}`);
    unavailablePages.set(locale, await response.text());
  }
  return unavailablePages.get(locale);
}
const FALLBACK_PAGE = "<!DOCTYPE html><title>503</title><p>Threshold is briefly unavailable; nothing you sent was saved.</p>";
/** Headers of Next's failed answer that do not describe the page sent instead. */
const DROPPED = ["content-length", "content-encoding", "etag", "vary", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];

/**
 * A request that failed with 500 while the database is away is not a bug of ours: it answers 503
 * with Retry-After, as the API does (lib/errors). A page's body becomes the unavailable page in its
 * language (Next's own error document needs JavaScript to show anything).
 */
function unavailableInsteadOf500(req, res) {
  const { writeHead, write, end } = res;
  const path = (req.url ?? "/").split("?")[0];
  const isPage = (req.method === "GET" || req.method === "HEAD") && !/^\/(?:api|_next)\//.test(path) && !path.endsWith("/unavailable");
  let replaced = false;
  res.writeHead = function (status, ...rest) {
    if (status !== 500 || !databaseDown()) return writeHead.call(this, status, ...rest);
    res.setHeader("Retry-After", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    res.setHeader("Cache-Control", "private, no-store");
    if (!isPage) return writeHead.call(this, 503, ...rest);
    replaced = true;
    for (const name of DROPPED) res.removeHeader(name);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    return writeHead.call(this, 503);
  };
  res.write = function (chunk, ...rest) {
    if (!replaced) return write.call(this, chunk, ...rest);
    const callback = rest.find((a) => typeof a === "function");
    callback?.();
    return true;
  };
  res.end = function (...args) {
    if (!replaced) return end.apply(this, args);
    const callback = args.find((a) => typeof a === "function");
    const locale = /^\/(fi|sv)(?:\/|$)/.exec(path)?.[1] ?? "en";
    unavailablePage(locale)
      .catch(() => FALLBACK_PAGE)
      .then((html) => end.call(res, req.method === "HEAD" ? undefined : html, callback));
    return res;
  };
}

const server = createServer((req, res) => {
  const { https } = normalizeForwarded(req, trusted);
  if (httpsSite || https) res.setHeader("Strict-Transport-Security", HSTS);
  unavailableInsteadOf500(req, res);
  compress?.(req, res);
  if (!behindProxy) return void handle(req, res);
  const { tags } = collectResponseTags(() => handle(req, res));
  sendTagsWithHeaders(res, tags);
});
server.listen(port, hostname, () => {
  console.log(`Threshold ready on http://${hostname ?? "localhost"}:${port} (TRUST_PROXY ${JSON.stringify(env.TRUST_PROXY)})`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
