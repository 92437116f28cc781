// Links to this page in the other languages, drawn on the server with no script: the layout does
// not know the page's address, so each link is `?lang=xx` on the current page and proxy.ts
// redirects it to the same page in that language (lib/i18n/language-switch.ts).
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LANGUAGE_PARAM } from "@/lib/i18n/language-switch";

const NAMES: Record<Locale, string> = { en: "English", fi: "Suomi", sv: "Svenska" };

export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
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
              <a href={`?${LANGUAGE_PARAM}=${l}`} lang={l} hrefLang={l}>
                {NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
