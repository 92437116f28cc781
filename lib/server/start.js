// npm start: the production server. Next's own request handler behind a few lines that decide who
// the client is before Next sees the request (lib/server/forwarded.js: per-client sign-in limits
// must hold whatever X-Forwarded-For a client sends) and add HSTS when the site is served over
// https. Options as for `next start`: --port/-p (or PORT), --hostname/-H.
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnv } from "../env/schema.js";
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
const app = next({ dev: false, dir, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
const trusted = compileTrust(env.TRUST_PROXY);
// One year, as browsers' preload lists require; only meaningful (and only honoured) over https.
const HSTS = "max-age=31536000; includeSubDomains";
const httpsSite = env.APP_URL.startsWith("https:");

/**
 * A page that failed to render while the database is away is not a bug of ours: it answers 503
 * with Retry-After (the page itself is app/[locale]/error.tsx), as the API does (lib/errors).
 */
function unavailableInsteadOf500(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 500 && databaseDown()) {
      res.statusCode = 503;
      res.setHeader("Retry-After", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      res.setHeader("Cache-Control", "private, no-store");
      return writeHead.call(this, 503, ...rest);
    }
    return writeHead.call(this, status, ...rest);
  };
}

const server = createServer((req, res) => {
  const { https } = normalizeForwarded(req, trusted);
  if (httpsSite || https) res.setHeader("Strict-Transport-Security", HSTS);
  unavailableInsteadOf500(res);
  void handle(req, res);
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
