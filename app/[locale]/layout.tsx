// The frame of every page: header, language switch, footer. Renders nothing personal, so public
// pages stay cacheable; signed-in parts are client islands that fetch /api/me themselves.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { AccountLink } from "@/app/_components/account-link";
import { ErrorTextsProvider } from "@/app/_components/error-texts";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Providers } from "@/app/_components/providers";
import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: `${t("meta.siteName")}: ${t("meta.tagline")}`, template: `%s – ${t("meta.siteName")}` },
    description: t("meta.description"),
    openGraph: { siteName: t("meta.siteName"), type: "website" },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  return (
    <html lang={locale}>
      <body>
        <Providers>
          <ErrorTextsProvider
            texts={{
              title: t("errors.serverTitle"),
              body: t("errors.codes.UNAVAILABLE"),
              reference: t.raw("errors.reference") as string,
              tryAgain: t("errors.tryAgain"),
              home: t("nav.home"),
              homeHref: localePath(locale, "/"),
            }}
          >
            <a className="skip-link" href="#main">
              {t("nav.skip")}
            </a>
            <header className="site-header">
              <div className="width">
                <a className="logo" href={localePath(locale, "/")}>
                  <span className="logo-mark" aria-hidden="true" />
                  {t("meta.siteName")}
                </a>
                <nav className="site-nav" aria-label={t("nav.mainNavigation")}>
                  <ul>
                    <li>
                      <a href={localePath(locale, "/initiatives")}>{t("nav.initiatives")}</a>
                    </li>
                    <li>
                      <a href={localePath(locale, "/topics")}>{t("nav.topics")}</a>
                    </li>
                    <li>
                      <a href={localePath(locale, "/jurisdictions")}>{t("nav.rules")}</a>
                    </li>
                    <li>
                      <a href={localePath(locale, "/developers")}>{t("nav.developers")}</a>
                    </li>
                  </ul>
                </nav>
                <span className="site-nav">
                  <AccountLink
                    labels={{ signIn: t("nav.signIn"), account: t("nav.account"), bell: t("account.bell"), admin: t("nav.admin") }}
                    paths={{
                      signIn: localePath(locale, "/auth/signin"),
                      me: localePath(locale, "/me"),
                      notifications: localePath(locale, "/me/notifications"),
                      admin: localePath(locale, "/admin"),
                    }}
                  />
                </span>
                <LanguageSwitch locale={locale} label={t("nav.language")} />
              </div>
            </header>
            <main id="main" className="width" tabIndex={-1}>
              {children}
            </main>
            <footer className="site-footer">
              <div className="width">
                <p>{t("footer.about")}</p>
                <p>{t("footer.licences")}</p>
                <p>
                  <a href={localePath(locale, "/developers")}>{t("footer.openData")}</a> ·{" "}
                  <a href={localePath(locale, "/privacy")}>{t("privacy.footerLink")}</a>
                </p>
              </div>
            </footer>
          </ErrorTextsProvider>
        </Providers>
      </body>
    </html>
  );
}
