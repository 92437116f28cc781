// What the imports pages show instead of their content to visitors who may not see it.
import { isAppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { Translator } from "@/lib/i18n/translator";

/** Runs an admin-only read; UNAUTHENTICATED and FORBIDDEN become a message, anything else is thrown. */
export async function adminOnly<T>(read: () => Promise<T>): Promise<{ value: T } | { denied: "UNAUTHENTICATED" | "FORBIDDEN" }> {
  try {
    return { value: await read() };
  } catch (e) {
    if (isAppError(e) && (e.code === "UNAUTHENTICATED" || e.code === "FORBIDDEN")) return { denied: e.code };
    throw e;
  }
}

export function AccessDenied({
  denied,
  locale,
  t,
  path,
}: {
  denied: "UNAUTHENTICATED" | "FORBIDDEN";
  locale: Locale;
  t: Translator;
  path: string;
}) {
  if (denied === "FORBIDDEN") {
    return (
      <div data-testid="imports-forbidden">
        <h1>{t("imports.forbiddenTitle")}</h1>
        <p>{t("imports.forbiddenBody")}</p>
      </div>
    );
  }
  return (
    <div data-testid="imports-sign-in">
      <h1>{t("imports.signInTitle")}</h1>
      <p>{t("imports.signInBody")}</p>
      <p>
        <a className="button" href={`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, path))}`}>
          {t("imports.signIn")}
        </a>
      </p>
    </div>
  );
}
