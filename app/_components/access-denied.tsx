"use client";
// The 401 and 403 pages (Next's unauthorized()/forbidden() boundaries get no params, so the
// language comes from the address). 401 offers sign-in and comes back here afterwards.
import { usePathname } from "next/navigation";
import { localeOfPath } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

export function AccessDenied({ kind }: { kind: "unauthorized" | "forbidden" }) {
  const pathname = usePathname() ?? "/";
  const locale = localeOfPath(pathname);
  const t = getTranslator(locale);
  return (
    <div data-testid={`access-${kind}`}>
      <h1>{kind === "unauthorized" ? t("admin.auth.unauthorizedTitle") : t("admin.auth.forbiddenTitle")}</h1>
      <p>{kind === "unauthorized" ? t("admin.auth.unauthorizedBody") : t("admin.auth.forbiddenBody")}</p>
      {kind === "unauthorized" ? (
        <p>
          <a className="button" href={`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(pathname)}`}>
            {t("admin.auth.signIn")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
