// Languages Threshold speaks, and localised text as stored in the database ({ en?, fi?, sv? }).
// Isomorphic: imported by client components too.

export const LOCALES = ["en", "fi", "sv"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language a value names (a form's hidden "locale" field, a route parameter), else English. */
export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language of a path ("/fi/admin" -> fi; unprefixed paths are English). */
export function localeOfPath(pathname: string): Locale {
  return localeOf(pathname.split("/")[1]);
}

export type TLocalized = Partial<Record<Locale, string>>;

export type LocalizedText = { text: string; lang: Locale };

/** The text in the visitor's language when there is one, else the best fallback, with its language. */
export function pickLocalized(value: unknown, locale: Locale): LocalizedText {
  const v = (value ?? {}) as Partial<Record<Locale, string>>;
  const order: Locale[] = [locale, "en", "fi", "sv"];
  for (const l of order) {
    const text = v[l];
    if (typeof text === "string" && text.length > 0) return { text, lang: l };
  }
  return { text: "", lang: locale };
}

export function localizedText(value: unknown, locale: Locale): string {
  return pickLocalized(value, locale).text;
}
