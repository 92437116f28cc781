// The 401 and 403 pages' texts in every language, picked on the server for the client component
// (only these few strings travel, not the dictionaries).
import { LOCALES } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import type { AccessDeniedTexts } from "./access-denied";

export function accessDeniedTexts(kind: "unauthorized" | "forbidden"): AccessDeniedTexts {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const t = getTranslator(locale);
      return [
        locale,
        kind === "unauthorized"
          ? { title: t("admin.auth.unauthorizedTitle"), body: t("admin.auth.unauthorizedBody"), signIn: t("admin.auth.signIn") }
          : { title: t("admin.auth.forbiddenTitle"), body: t("admin.auth.forbiddenBody"), signIn: t("admin.auth.signIn") },
      ];
    }),
  ) as AccessDeniedTexts;
}
