// Locale routing, before any page renders (a convenience, never a security boundary: every page,
// route handler and server action authorises for itself). English is served without a prefix,
// Finnish under /fi and Swedish under /sv; internally every page lives under app/[locale].
import { NextResponse, type NextRequest } from "next/server";

const PREFIXED = /^\/(fi|sv)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  if (PREFIXED.test(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/en${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon\\.svg|apple-icon\\.png).*)"],
};
