// The one place where configuration is read. Parsed once with zod, imported by next.config.js (so
// a misconfiguration fails at start-up) and by lib/env/index.ts for the rest of the code.
// Every variable is documented in .env.example.
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");
const int = (fallback) => z.coerce.number().int().positive().default(fallback);
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const list = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  );

/**
 * TRUST_PROXY: which proxies in front of the app may tell it the client's address and protocol.
 * "false"/"0" (default): none, the socket's peer is the client. A number: that many hops (the
 * last N X-Forwarded-For entries were added by our own proxies; "true" is 1). Otherwise a comma
 * list for proxy-addr: addresses, CIDRs or "loopback", "linklocal", "uniquelocal".
 * @typedef {{ hops: number } | { addresses: string[] }} TrustProxy
 */
const ZTrustProxy = z
  .string()
  .default("false")
  .transform((raw, ctx) => {
    const v = raw.trim().toLowerCase();
    if (v === "" || v === "false" || v === "0") return /** @type {TrustProxy} */ ({ hops: 0 });
    if (v === "true") return /** @type {TrustProxy} */ ({ hops: 1 });
    if (/^\d+$/.test(v)) return /** @type {TrustProxy} */ ({ hops: Number(v) });
    const addresses = v
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    const named = /^(loopback|linklocal|uniquelocal)$/;
    const bad = addresses.filter((a) => !named.test(a) && !/^[0-9a-f.:]+(\/\d{1,3})?$/.test(a));
    if (bad.length) ctx.addIssue({ code: "custom", message: `not a hop count or an address list: ${bad.join(", ")}` });
    return /** @type {TrustProxy} */ ({ addresses });
  });

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // PostgreSQL. Unset in development: `npm run dev` starts the embedded database and sets it.
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_MAX: int(10),
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: int(5000),
  // Public cached reads have a pool of their own (half the size) that fails fast when busy.
  DATABASE_READ_ACQUIRE_TIMEOUT_MS: int(1000),
  DATABASE_STATEMENT_TIMEOUT_MS: int(15000),
  // Port of `npm start` (lib/server/start.js) when no --port is given.
  PORT: int(3000),
  // `npm run start:edge` (lib/server/edge.js): app processes behind the edge cache, and the
  // edge's memory for cached answers (megabytes). The edge listens on PORT (default 8080 there).
  APP_INSTANCES: int(2),
  EDGE_CACHE_MB: int(256),
  // Public base URL, used in emails, feeds and OpenGraph tags.
  APP_URL: z.string().url().default("http://localhost:3000"),
  // Auth.js. AUTH_SECRET is required in production (see the refinement below); AUTH_URL defaults
  // to APP_URL, and sign-in links are built on it, never on request headers.
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_URL: optionalUrl,
  SESSION_IDLE_DAYS: int(30),
  SESSION_MAX_DAYS: int(90),
  MAGIC_LINK_MINUTES: z.coerce.number().int().min(1).max(10).default(10),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  ADMIN_EMAILS: list,
  // Email. Without SMTP_URL, mail is printed to the console and kept for the development mailbox.
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Threshold <no-reply@threshold.localhost>"),
  // Rate limits for sign-in emails, per window: per client, per address, and for the whole site
  // (a budget that caps what a botnet can make us send).
  SIGNIN_LIMIT_PER_IP: int(10),
  SIGNIN_LIMIT_PER_EMAIL: int(5),
  SIGNIN_LIMIT_GLOBAL: int(500),
  SIGNIN_LIMIT_WINDOW_SECONDS: int(900),
  // CSP violation reports accepted per client per minute (more are answered 429, not logged).
  CSP_REPORTS_PER_MINUTE: int(20),
  // Worker
  WORKER_CONCURRENCY: int(4),
  EMAIL_LEASE_SECONDS: int(60),
  EMAIL_MAX_ATTEMPTS: int(8),
  // Sent emails are deleted this many days after sending (lib/jobs/retention.ts).
  RETENTION_SENT_EMAIL_DAYS: int(30),
  IMPORT_SYNC_MINUTES: int(10),
  // Importers: at most this long per request attempt, this many retries (the first waits
  // IMPORT_FETCH_BACKOFF_MS, then doubling), one request per host per IMPORT_HOST_INTERVAL_MS, and
  // a failing resource backs off up to IMPORT_SYNC_MAX_BACKOFF_MINUTES; IMPORT_SYNC_BATCH per run.
  IMPORT_FETCH_TIMEOUT_MS: int(20000),
  IMPORT_FETCH_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  IMPORT_FETCH_BACKOFF_MS: int(1000),
  IMPORT_HOST_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  IMPORT_SYNC_MAX_BACKOFF_MINUTES: int(360),
  IMPORT_SYNC_BATCH: int(50),
  // Importers fetch only from each source's own hosts (lib/importers/*/source.ts) plus these (a
  // mirror), and never from private, loopback or link-local addresses. The second switch lifts
  // that for tests and development against local servers; it is refused in production.
  IMPORT_EXTRA_HOSTS: list,
  IMPORT_ALLOW_PRIVATE_ADDRESSES: bool,
  // Webhook targets must be https and public (checked again after DNS and at connect time); this
  // lifts both for tests and development against local servers, and is refused in production.
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: bool,
  // A delivery attempt gives up waiting for the target after this long.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(30000).default(5000),
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  // Embedded database (development only)
  PGLITE_DIR: z.string().default(".pglite"),
  PGLITE_PORT: int(55432),
  PGLITE_BUS_PORT: int(55439),
  // Set by `npm run dev` when it runs the embedded database: where to hear its notifications.
  EMBEDDED_BUS_URL: optionalUrl,
  // Public cache lifetimes (seconds) for shared caches and CDNs.
  PUBLIC_S_MAXAGE: int(15),
  PUBLIC_STALE_WHILE_REVALIDATE: int(60),
  PUBLIC_STALE_IF_ERROR: int(86400),
  // gzip in the Node process. Behind a CDN or reverse proxy that compresses, turn it off: it is the
  // largest cost of serving a cached page (measured by npm run bench).
  HTTP_COMPRESSION: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  TRUST_PROXY: ZTrustProxy,
  // Set by Next itself; the cache bus stays off while `next build` prerenders.
  NEXT_PHASE: z.string().optional(),
});

/** A deployment: production, or a public https address. Secrets and switches are checked then. */
const isDeployment = (e) => (e.NODE_ENV === "production" && e.NEXT_PHASE !== "phase-production-build") || e.APP_URL.startsWith("https:");

const ZCheckedEnv = ZEnv.superRefine((e, ctx) => {
  if (isDeployment(e) && !e.AUTH_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["AUTH_SECRET"],
      message: "required in production (every process: web, worker, CLIs); generate one with `openssl rand -base64 32`",
    });
  }
  if (isDeployment(e) && e.IMPORT_ALLOW_PRIVATE_ADDRESSES && !e.APP_URL.startsWith("http://localhost")) {
    ctx.addIssue({ code: "custom", path: ["IMPORT_ALLOW_PRIVATE_ADDRESSES"], message: "is for tests and development only" });
  }
  if (isDeployment(e) && e.WEBHOOKS_ALLOW_PRIVATE_TARGETS && !e.APP_URL.startsWith("http://localhost")) {
    ctx.addIssue({ code: "custom", path: ["WEBHOOKS_ALLOW_PRIVATE_TARGETS"], message: "is for tests and development only" });
  }
}).transform((e) => ({ ...e, AUTH_URL: e.AUTH_URL ?? e.APP_URL }));

export function parseEnv(source = process.env) {
  const result = ZCheckedEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
