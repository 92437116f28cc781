// Locale routing, before any page renders (a convenience, never a security boundary: every page,
// route handler and server action authorises for itself). English is served without a prefix,
// Finnish under /fi and Swedish under /sv; internally every page lives under app/[locale].
// Withdrawn initiatives answer 410 Gone (their page explains why). Pages rendered per request
// (account, admin, sign-in) get a Content-Security-Policy with a fresh nonce here; Next reads it
// from the request and marks its own scripts with it (cached pages get theirs from next.config.js).
// The default list and facet-only lists are served by one cached page per view (list-view.ts).
// The language switch's `?lang=` links are answered here with the page in that language.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { cspFor, PER_REQUEST_PAGES } from "@/lib/http/csp.js";
import { languageSwitchTarget } from "@/lib/i18n/language-switch";
import { refuseOversizedPost } from "@/lib/http/oversized-post";
import { facetView } from "@/lib/initiatives/list-view";
import { withdrawnSlugs } from "@/lib/initiatives/withdrawn";

const PREFIXED = /^\/(fi|sv)(\/|$)/;
const INITIATIVE_PAGE = /^(?:\/(?:en|fi|sv))?\/initiatives\/([a-z0-9-]+)\/?$/;
const LIST_PAGE = /^\/(en|fi|sv)\/initiatives\/?$/;

function nonceHeaders(request: NextRequest): { request: Headers; csp: string } | null {
  if (!PER_REQUEST_PAGES.test(request.nextUrl.pathname)) return null;
  const csp = cspFor(env(), { nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64") });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  return { request: headers, csp };
}

export async function proxy(request: NextRequest) {
  const refused = refuseOversizedPost(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  const switched = languageSwitchTarget(request.nextUrl, request.method, {
    referer: request.headers.get("referer"),
    host: request.headers.get("host"),
  });
  if (switched) {
    // 303, never stored: where it leads depends on the Referer.
    const response = NextResponse.redirect(switched, 303);
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }
  // Next's own metadata links (OpenGraph images) point at the internal /en path: serve them as they are.
  if (pathname.startsWith("/en/") && pathname.endsWith("/opengraph-image")) return NextResponse.next();
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  const internal = request.nextUrl.clone();
  if (!PREFIXED.test(pathname)) internal.pathname = `/en${pathname === "/" ? "" : pathname}`;
  const listLocale = LIST_PAGE.exec(internal.pathname)?.[1];
  const view = listLocale ? facetView(request.nextUrl.searchParams) : null;
  if (view) {
    internal.pathname = `/${listLocale}/initiatives/_view/${view}`;
    internal.search = "";
    return NextResponse.rewrite(internal);
  }
  const slug = INITIATIVE_PAGE.exec(pathname)?.[1];
  if (slug && (await withdrawnSlugs().catch(() => new Set<string>())).has(slug)) {
    return NextResponse.rewrite(internal, { status: 410 });
  }
  const nonce = nonceHeaders(request);
  const init = nonce ? { request: { headers: nonce.request } } : undefined;
  const response = internal.pathname === pathname ? NextResponse.next(init) : NextResponse.rewrite(internal, init);
  if (nonce) response.headers.set("Content-Security-Policy", nonce.csp);
  return response;
}

// Form endpoints that read their own bodies within their own limits (lib/http/define-route.ts) are
// not matched: Next reads a matched request's whole body before the proxy runs. Their unprefixed
// English addresses are rewritten in next.config.js instead.
export const config = {
  matcher: [
    "/((?!_next/|api/|healthz$|readyz$|(?:fi/|sv/)?follow$|(?:fi/|sv/)?auth/signin/email$|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon\\.svg|apple-icon\\.png).*)",
  ],
};
