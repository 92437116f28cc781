// GET /auth/error - when Auth.js refuses a sign-in (an expired or reused magic link, above all)
import type { Metadata } from "next";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.errorTitle"), robots: { index: false } };
}

export default async function AuthErrorPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { error } = await searchParams;
  return (
    <>
      <h1>{t("account.errorTitle")}</h1>
      <p className="lead" data-testid="auth-error">
        {error === "Verification"
          ? t("account.errorVerification")
          : error === "UnverifiedEmail"
            ? t("account.errorUnverifiedEmail")
            : t("account.errorGeneric")}
      </p>
      <p>
        <a className="button" href={localePath(locale, "/auth/signin")}>
          {t("account.askAgain")}
        </a>
      </p>
    </>
  );
}
