// GET /jurisdictions - where initiatives are made, and the kinds of initiative each place has
import type { Metadata } from "next";
import { Loc } from "@/app/_components/loc";
import { cachedJurisdictions } from "@/lib/jurisdictions/public";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("rules.jurisdictionsTitle"), description: t("rules.jurisdictionsLead") };
}

export default async function JurisdictionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const jurisdictions = await cachedJurisdictions();
  return (
    <>
      <h1>{t("rules.jurisdictionsTitle")}</h1>
      <p className="lead">{t("rules.jurisdictionsLead")}</p>
      <ul className="card-list">
        {jurisdictions.map((j) => (
          <li key={j.code} className="card">
            <h2>
              <a href={localePath(locale, `/jurisdictions/${j.code}`)}>
                <Loc value={j.name} locale={locale} />
              </a>
            </h2>
            <p className="card-meta">
              {t(`rules.kinds.${j.kind}`)} · {t("rules.count", { count: j.initiativeCount })}
            </p>
            {j.schemes.length ? (
              <ul>
                {j.schemes.map((s) => (
                  <li key={s.code}>
                    <a href={localePath(locale, `/schemes/${s.code}`)}>
                      <Loc value={s.name} locale={locale} />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
