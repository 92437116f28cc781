// Locale-aware formatting of numbers, dates and region names (Intl only, no dictionaries), so a
// client island can format a live value without shipping any messages.
import type { Locale } from "./locales";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fi: "fi-FI", sv: "sv-FI" };

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);
}

export function formatDate(
  value: Date | string,
  locale: Locale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, ...options }).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(value));
}

/** A country or member state's name in the visitor's language (ISO codes; BAT and the like kept). */
export function regionName(code: string, locale: Locale): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region", fallback: "code" }).of(code) ?? code;
}
