"use client";
// A page that could not be rendered: most often the database is briefly away (npm start then
// answers 503 with Retry-After, lib/server/start.js). Cached pages never get here: they are served
// from the cache meanwhile. Nothing a visitor sent was saved; the reference is the error's digest.
import { usePathname } from "next/navigation";
import { localeOfPath } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname() ?? "/");
  const t = getTranslator(locale);
  return (
    <div data-testid="page-error">
      <h1>{t("errors.serverTitle")}</h1>
      <p>{t("errors.codes.UNAVAILABLE")}</p>
      {error.digest ? <p className="muted">{t("errors.reference", { reference: error.digest })}</p> : null}
      <p>
        <button type="button" onClick={reset}>
          {t("errors.tryAgain")}
        </button>{" "}
        <a href={localePath(locale, "/")}>{t("nav.home")}</a>
      </p>
    </div>
  );
}
