// Locale-prefixed paths: English is unprefixed, Finnish under /fi, Swedish under /sv.
import type { Locale } from "./locales";

export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === "en") return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** The path without its locale prefix (for language switchers). */
export function stripLocale(pathname: string): string {
  const m = pathname.match(/^\/(en|fi|sv)(\/.*|$)/);
  return m ? m[2] || "/" : pathname;
}
