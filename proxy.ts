// Locale routing, before any page renders (a convenience, never a security boundary: every page,
// route handler and server action authorises for itself). English is served without a prefix,
// Finnish under /fi and Swedish under /sv; internally every page lives under app/[locale].
// Withdrawn initiatives answer 410 Gone (their page explains why).
import { NextResponse, type NextRequest } from "next/server";
import { refuseOversizedPost } from "@/lib/http/oversized-post";
import { withdrawnSlugs } from "@/lib/initiatives/withdrawn";

const PREFIXED = /^\/(fi|sv)(\/|$)/;
const INITIATIVE_PAGE = /^(?:\/(?:en|fi|sv))?\/initiatives\/([a-z0-9-]+)\/?$/;

export async function proxy(request: NextRequest) {
  const refused = refuseOversizedPost(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  // Next's own metadata links (OpenGraph images) point at the internal /en path: serve them as they are.
  if (pathname.startsWith("/en/") && pathname.endsWith("/opengraph-image")) return NextResponse.next();
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  const internal = request.nextUrl.clone();
  if (!PREFIXED.test(pathname)) internal.pathname = `/en${pathname === "/" ? "" : pathname}`;
  const slug = INITIATIVE_PAGE.exec(pathname)?.[1];
  if (slug && (await withdrawnSlugs().catch(() => new Set<string>())).has(slug)) {
    return NextResponse.rewrite(internal, { status: 410 });
  }
  return internal.pathname === pathname ? NextResponse.next() : NextResponse.rewrite(internal);
}

// Form endpoints that read their own bodies within their own limits (lib/http/define-route.ts) are
// not matched: Next reads a matched request's whole body before the proxy runs. Their unprefixed
// English addresses are rewritten in next.config.js instead.
export const config = {
  matcher: [
    "/((?!_next/|api/|(?:fi/|sv/)?follow$|(?:fi/|sv/)?auth/signin/email$|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon\\.svg|apple-icon\\.png).*)",
  ],
};
