"use client";
// A page that could not be rendered: most often the database is briefly away (npm start then
// answers 503 with Retry-After, lib/server/start.js). Cached pages never get here: they are served
// from the cache meanwhile. Nothing a visitor sent was saved; the reference is the error's digest.
// The texts and the home page's address come from the layout (ErrorTextsProvider), already in the
// page's language: nothing here reads the address or imports the locale helpers.
import { useErrorTexts } from "@/app/_components/error-texts";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
        <a href={t?.homeHref ?? "/"}>{t?.home ?? "Home"}</a>
      </p>
    </div>
  );
}
