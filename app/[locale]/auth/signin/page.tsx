// GET /auth/signin - sign in with a magic link (and an organisation's OpenID Connect provider when
// configured). Works without JavaScript: a plain form post.
import type { Metadata } from "next";
import { safeCallback } from "@/lib/auth/callback";
import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { signInWithOidcAction } from "./oidc-action";

const EMAIL_ERRORS: Record<string, "missing" | "several" | "displayName" | "tooLong" | "format"> = {
  missing: "missing",
  several: "several",
  "display-name": "displayName",
  "too-long": "tooLong",
  format: "format",
  email: "format",
};

/** The reason the sign-in route gave (?error=several), as a message; null without one. */
function emailErrorText(reason: string | undefined, t: Awaited<ReturnType<typeof localeFrom>>["t"]): string | null {
  const key = reason && Object.hasOwn(EMAIL_ERRORS, reason) ? EMAIL_ERRORS[reason] : null;
  return key ? t(`account.emailErrors.${key}`) : null;
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl, localePath(locale, "/me"));
  const emailError = emailErrorText(query.error, t);
  const oidc = env().OIDC_ISSUER && env().OIDC_CLIENT_ID ? env().OIDC_NAME : null;

  return (
    <>
      <h1>{t("account.signInTitle")}</h1>
      <p className="lead">{t("account.signInLead")}</p>
      {emailError ? (
        <div className="error-summary" role="alert" aria-labelledby="error-title" tabIndex={-1}>
          <h2 id="error-title">{t("browse.errorTitle")}</h2>
          <ul>
            <li>
              <a href="#email">{emailError}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <form method="post" action={localePath(locale, "/auth/signin/email")} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className={emailError ? "field field-error" : "field"}>
          <label htmlFor="email">{t("account.email")}</label>
          <span className="hint" id="email-hint">
            {t("account.emailHint")}
          </span>
          {emailError ? (
            <span className="error-message" id="email-error">
              {emailError}
            </span>
          ) : null}
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            aria-describedby={emailError ? "email-hint email-error" : "email-hint"}
            aria-invalid={emailError ? true : undefined}
            required
          />
        </div>
        <button className="button" type="submit">
          {t("account.sendLink")}
        </button>
      </form>
      {oidc ? (
        <>
          <h2>{t("account.orUse")}</h2>
          <form action={signInWithOidcAction}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <input type="hidden" name="locale" value={locale} />
            <button className="button button-secondary" type="submit">
              {t("account.signInWith", { name: oidc })}
            </button>
          </form>
        </>
      ) : null}
    </>
  );
}
