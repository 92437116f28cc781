// Human labels for provenance and localised text, shared by pages and client islands.
import { pickLocalized, type Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

const SOURCE_NAMES: Record<string, string> = {
  "uk-petitions": "UK Parliament petitions (petition.parliament.uk)",
  eci: "the European Citizens' Initiative register",
  "fi-kansalaisaloite": "kansalaisaloite.fi",
};

export function sourceLabel(source: string, t: Translator): string {
  if (source.startsWith("import:")) {
    const key = source.slice("import:".length);
    return t("sources.import", { source: SOURCE_NAMES[key] ?? key });
  }
  if (source.startsWith("rule:")) return t("sources.rule");
  if (source === "manual" || source === "api" || source === "demo" || source === "synthetic") return t(`sources.${source}`);
  return source;
}

/** Localised text with the lang attribute to put on its element when it is not in `locale`. */
export function text(value: unknown, locale: Locale): { children: string; lang?: string } {
  const picked = pickLocalized(value, locale);
  return picked.lang === locale ? { children: picked.text } : { children: picked.text, lang: picked.lang };
}
