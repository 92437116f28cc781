// Server helpers: the locale from route params (validated), with its translator.
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";
import { getTranslator } from "./translator";

export async function localeFrom(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: ReturnType<typeof getTranslator> }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, t: getTranslator(locale) };
}
