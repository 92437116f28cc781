"use client";
// Links to this page in the other languages. Rendered on the server too, so it works without JS.
import { usePathname } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { localePath, stripLocale } from "@/lib/i18n/paths";

const NAMES: Record<Locale, string> = { en: "English", fi: "Suomi", sv: "Svenska" };

export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const path = stripLocale(usePathname() ?? "/");
  return (
    <nav className="lang-switch" aria-label={label}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l}>
                {NAMES[l]}
              </span>
            ) : (
              <a href={localePath(l, path)} lang={l} hrefLang={l}>
                {NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
