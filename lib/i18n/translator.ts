// Translations (all three languages' dictionaries) and, re-exported, the locale-aware formatting.
// Server components and emails use it; client islands must not (it would ship every dictionary to
// the browser): they get preformatted strings, or import lib/i18n/format.ts alone.
import { createTranslator } from "use-intl/core";
import { en, fi, sv } from "./messages";
import type { Locale } from "./locales";

export const MESSAGES = { en, fi, sv } as const;

function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en });
}
export type Translator = ReturnType<typeof makeTranslator>;

// One translator per locale for the life of the process: a translator caches its parsed messages
// and Intl formatters, which a fresh one per component and request would build again each time.
const translators = new Map<Locale, Translator>();

export function getTranslator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

export { formatDate, formatDateTime, formatNumber, formatPercent, regionName } from "./format";
