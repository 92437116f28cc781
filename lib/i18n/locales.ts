// Languages Threshold speaks, and localised text as stored in the database ({ en?, fi?, sv? }).
// Isomorphic: imported by client components too.
import { z } from "zod";

export const LOCALES = ["en", "fi", "sv"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Markup (a tag, comment or processing instruction) never belongs in stored text: it is refused, not stripped. */
export const MARKUP = /<\s*[a-zA-Z!/?]/;
const ZLocalizedValue = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !MARKUP.test(s), "HTML is not allowed here")
  .optional();

export const ZLocalized = z
  .object({ en: ZLocalizedValue, fi: ZLocalizedValue, sv: ZLocalizedValue })
  .strict()
  .refine((v) => Boolean(v.en ?? v.fi ?? v.sv), { message: "Give the text in at least one language" });
export type TLocalized = z.infer<typeof ZLocalized>;

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
