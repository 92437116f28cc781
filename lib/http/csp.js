// Content-Security-Policy, in one place for next.config.js (cached public pages, API, badges) and
// proxy.ts (pages rendered per request: account, admin, sign-in). Pages rendered per request get a
// fresh nonce and 'strict-dynamic': only scripts Next itself marked run. Cached public pages are
// rendered once and shared by every visitor and the edge cache, so a per-request nonce would force
// them to render per request (see README, "Security": measured); they get the strongest policy that
// keeps them cacheable: scripts from our own origin and Next's inline bootstrap only, never
// eval, no plugins, no <base>, forms only to us, no framing (except embeddables).
// Plain JavaScript: next.config.js imports it.

/**
 * @param {{ nonce?: string; frameAncestors?: string; dev?: boolean; https?: boolean; formTargets?: string[]; reportPath?: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const { nonce, frameAncestors = "'none'", dev = false, https = false, formTargets = [], reportPath = "/api/csp-report" } = options;
  // Development only: React's dev tools evaluate code and the dev server's HMR uses a websocket.
  const devScript = dev ? " 'unsafe-eval'" : "";
  const directives = [
    "default-src 'self'",
    nonce ? `script-src 'nonce-${nonce}' 'strict-dynamic'${devScript}` : `script-src 'self' 'unsafe-inline'${devScript}`,
    // React renders style attributes (progress bars, chart sizes); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    // A form may post (and, without JavaScript, be redirected) only to us and the sign-in provider.
    `form-action 'self'${formTargets.map((t) => ` ${t}`).join("")}`,
    `frame-ancestors ${frameAncestors}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
    `report-uri ${reportPath}`,
    "report-to csp",
  ];
  return directives.join("; ");
}

/**
 * The policy for this deployment (development relaxes eval for React's tooling; an https site
 * upgrades mixed content; a configured OpenID provider may receive the sign-in form's redirect).
 * @param {{ NODE_ENV: string; APP_URL: string; OIDC_ISSUER?: string }} env
 * @param {{ nonce?: string; frameAncestors?: string }} [options]
 */
export function cspFor(env, options = {}) {
  return contentSecurityPolicy({
    ...options,
    dev: env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https:"),
    formTargets: env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [],
  });
}

/** Paths rendered per request for one person: they get the nonce policy (proxy.ts). */
export const PER_REQUEST_PAGES = /^\/(?:(?:fi|sv)\/)?(?:me|admin|auth|dev|unsubscribe)(?:\/|$)/;

/** Paths other sites may frame: the badge and the embed widget. */
export const EMBEDDABLE = /^\/(?:(?:fi|sv)\/)?initiatives\/[^/]+\/(?:badge\.svg|embed)\/?$/;
