// Translations (all three languages' dictionaries) and, re-exported, the locale-aware formatting.
// Server components and emails use it; client islands must not (it would ship every dictionary to
// the browser): they get preformatted strings, or import lib/i18n/format.ts alone.
import { createTranslator } from "use-intl/core";
import { en, fi, sv } from "./messages";
import type { Locale } from "./locales";

export const MESSAGES = { en, fi, sv } as const;

export function getTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en });
}
export type Translator = ReturnType<typeof getTranslator>;

export { formatDate, formatDateTime, formatNumber, formatPercent, regionName } from "./format";
