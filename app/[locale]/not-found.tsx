// The 404 page (in English: Next does not pass params to not-found; the language switch still works).
import { getTranslator } from "@/lib/i18n/translator";

export default function NotFound() {
  const t = getTranslator("en");
  return (
    <>
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundBody")}</p>
      <p>
        <a href="/initiatives">{t("home.browseAll")}</a>
      </p>
    </>
  );
}
