// Localised text in the visitor's language when it exists; otherwise the best other language,
// marked with its lang attribute so screen readers pronounce it right.
import { pickLocalized, type Locale } from "@/lib/i18n/locales";

export function Loc({ value, locale }: { value: unknown; locale: Locale }) {
  const picked = pickLocalized(value, locale);
  return picked.lang === locale ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>;
}
