// Next.js configuration. Environment is validated here at start-up (lib/env/schema.js), so a bad
// configuration fails fast instead of on the first request.
import { fileURLToPath } from "node:url";
import { parseEnv } from "./lib/env/schema.js";
import { CORS_HEADERS } from "./lib/http/cors.js";
import { cspFor } from "./lib/http/csp.js";
import { SERVER_ACTION_MAX_BYTES } from "./lib/http/limits.js";

const env = parseEnv(process.env);

const publicCache = `public, s-maxage=${env.PUBLIC_S_MAXAGE}, stale-while-revalidate=${env.PUBLIC_STALE_WHILE_REVALIDATE}, stale-if-error=${env.PUBLIC_STALE_IF_ERROR}`;

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // npm start's server compresses (lib/server/compress.js: a cached page once per version, not on
  // every request as Next would; when HTTP_COMPRESSION is on) and gives cached answers their ETag
  // from a native hash (Next's is JavaScript over every byte, on every request).
  compress: false,
  generateEtags: false,
  poweredByHeader: false,
  // Server cache (ISR pages, route handlers, cached queries) invalidated across processes by the
  // tag bus: see lib/cache/handler.js.
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["pg", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket", "recheck", "undici"],
  typedRoutes: false,
  // unauthorized() and forbidden(): admin pages, layouts and server actions answer 401 and 403.
  // Larger action posts are refused by proxy.ts (413) before Next reads them.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: SERVER_ACTION_MAX_BYTES } },
  // The form endpoints proxy.ts does not match (it would read their bodies whole): their English,
  // unprefixed addresses.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/follow", destination: "/en/follow" },
        { source: "/auth/signin/email", destination: "/en/auth/signin/email" },
      ],
    };
  },
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      { key: "Reporting-Endpoints", value: `csp="${new URL("/api/csp-report", env.APP_URL).href}"` },
    ];
    const csp = (frameAncestors) => cspFor(env, { frameAncestors });
    // Pages rendered per request (account, admin, sign-in) get a nonce policy from proxy.ts instead;
    // the badge and the embed widget may be framed by any site.
    const embeddable = "(?:fi/|sv/)?initiatives/[^/]+/(?:badge\\.svg|embed/?$)";
    const perRequest = "(?:fi/|sv/)?(?:me|admin|auth|dev|unsubscribe)(?:/|$)";
    return [
      { source: "/:path*", headers: security },
      { source: `/:path((?!${perRequest}|${embeddable}).*)`, headers: [{ key: "Content-Security-Policy", value: csp("'none'") }] },
      { source: `/:path((?!${embeddable}).*)`, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/:locale(fi|sv)?/initiatives/:slug/(badge\\.svg|embed)", headers: [{ key: "Content-Security-Policy", value: csp("*") }] },
      // The live count is a cached (static) route: Next answers its preflight, with these headers.
      {
        source: "/api/v1/initiatives/:slug/count",
        headers: Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value })),
      },
      // Public pages: shared caches and CDNs may keep them briefly and serve stale on errors.
      // (Personal and interactive paths are excluded, in every language: they stay private, no-store.
      // So are the build's files, which Next marks immutable for a year: their names change with them.)
      {
        source: "/:path((?!_next/|healthz$|readyz$|(?:fi/|sv/)?(?:api/|admin|me|auth|dev/|follow|unsubscribe)).*)",
        headers: [{ key: "Cache-Control", value: publicCache }],
      },
    ];
  },
};

export default nextConfig;
