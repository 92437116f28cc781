"use client";
// A page that could not be rendered: most often the database is briefly away (npm start then
// answers 503 with Retry-After, lib/server/start.js). Cached pages never get here: they are served
// from the cache meanwhile. Nothing a visitor sent was saved; the reference is the error's digest.
// The texts come from the layout (ErrorTextsProvider), already in the page's language.
import { usePathname } from "next/navigation";
import { useErrorTexts } from "@/app/_components/error-texts";
import { localeOfPath } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname() ?? "/");
  const t = useErrorTexts();
  return (
    <div data-testid="page-error">
      <h1>{t?.title ?? "Sorry, there is a problem with the service"}</h1>
      <p>{t?.body}</p>
      {error.digest ? <p className="muted">{(t?.reference ?? "{reference}").replace("{reference}", error.digest)}</p> : null}
      <p>
        <button type="button" onClick={reset}>
          {t?.tryAgain ?? "Try again"}
        </button>{" "}
        <a href={localePath(locale, "/")}>{t?.home ?? "Home"}</a>
      </p>
    </div>
  );
}
