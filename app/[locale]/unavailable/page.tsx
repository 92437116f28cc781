// GET /unavailable - the page npm start answers (503, Retry-After) instead of a page that failed to
// render because the database is away (lib/server/start.js): rendered once at build time in every
// language, so it needs nothing that could be down. Not for search engines.
import type { Metadata } from "next";
import { LOCALES } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export const dynamic = "force-static";
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("errors.serverTitle"), robots: { index: false } };
}

export default async function UnavailablePage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  return (
    <div data-testid="page-unavailable">
      <h1>{t("errors.serverTitle")}</h1>
      <p>{t("errors.codes.UNAVAILABLE")}</p>
      <p>
        <a href={localePath(locale, "/")}>{t("nav.home")}</a>
      </p>
    </div>
  );
}
