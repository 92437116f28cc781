"use client";
// The 401 and 403 pages (Next's unauthorized()/forbidden() boundaries get no params, so the
// language comes from the address). 401 offers sign-in and comes back here afterwards. The texts
// arrive from the server, already translated for each language: no dictionaries in the browser.
import { usePathname } from "next/navigation";
import { localeOfPath, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

export type AccessDeniedTexts = Record<Locale, { title: string; body: string; signIn: string }>;

export function AccessDenied({ kind, texts }: { kind: "unauthorized" | "forbidden"; texts: AccessDeniedTexts }) {
  const pathname = usePathname() ?? "/";
  const locale = localeOfPath(pathname);
  const text = texts[locale];
  return (
    <div data-testid={`access-${kind}`}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {kind === "unauthorized" ? (
        <p>
          <a className="button" href={`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(pathname)}`}>
            {text.signIn}
          </a>
        </p>
      ) : null}
    </div>
  );
}
