// GET /jurisdictions/[code] - a jurisdiction: its kinds of initiative with their rules, electoral
// terms (each linked to its archive), and the initiatives made there
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InitiativeCard } from "@/app/_components/initiative-card";
import { FollowBox } from "@/app/_components/follow-box";
import { Loc } from "@/app/_components/loc";
import { cachedInitiativeList } from "@/lib/initiatives/public";
import { ZListQuery } from "@/lib/initiatives/schemas";
import { cachedJurisdiction } from "@/lib/jurisdictions/public";
import { termKey } from "@/lib/rules/term-key";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/translator";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const j = await cachedJurisdiction((await params).code);
  return { title: j ? localizedText(j.name, locale) : undefined };
}

export default async function JurisdictionPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const { code } = await params;
  const j = await cachedJurisdiction(code);
  if (!j) notFound();
  const list = await cachedInitiativeList(ZListQuery.parse({ jurisdiction: code, limit: 50 }));
  const dated = (key: "rules.population" | "rules.electorate", count: number, asOf: string | null) =>
    t(key, { count: formatNumber(count, locale), date: asOf ? formatDate(asOf, locale, "UTC") : "–" });
  return (
    <>
      <span className="caption">{t(`rules.kinds.${j.kind}`)}</span>
      <h1>
        <Loc value={j.name} locale={locale} />
      </h1>
      {j.population ? (
        <p data-testid="population">
          {dated("rules.population", j.population, j.populationAsOf)}{" "}
          {j.populationSource ? (
            <>
              {t("rules.source")}: {j.populationSourceUrl ? <a href={j.populationSourceUrl}>{j.populationSource}</a> : j.populationSource}
            </>
          ) : null}
        </p>
      ) : null}
      {j.electorate ? (
        <p data-testid="electorate">
          {dated("rules.electorate", j.electorate, j.electorateAsOf)} {j.electorateIsEstimate ? t("rules.electorateEstimate") : null}
        </p>
      ) : null}
      {j.schemes.length ? (
        <>
          <h2>{t("rules.schemesTitle")}</h2>
          <ul>
            {j.schemes.map((s) => (
              <li key={s.code}>
                <a href={localePath(locale, `/schemes/${s.code}`)}>
                  <Loc value={s.name} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {j.electoralTerms.length ? (
        <>
          <h2>{t("rules.electoralTerms")}</h2>
          <ul>
            {j.electoralTerms.map((term) => (
              <li key={term.startsOn}>
                <a href={localePath(locale, `/jurisdictions/${code}/terms/${termKey(term)}`)}>
                  {t("rules.termEnds", {
                    body: localizedText(term.body, locale),
                    from: formatDate(term.startsOn, locale, "UTC"),
                    to: formatDate(term.endsOn, locale, "UTC"),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <FollowBox locale={locale} t={t} target="jurisdiction" id={code} />
      <h2>{t("rules.initiativesTitle")}</h2>
      <ul className="card-list">
        {list.items.map((i) => (
          <InitiativeCard key={i.slug} initiative={i} locale={locale} t={t} />
        ))}
      </ul>
      <p>
        <a href={localePath(locale, `/jurisdictions/${code}/feed.atom`)}>{t("rules.feed")}</a>
      </p>
    </>
  );
}
