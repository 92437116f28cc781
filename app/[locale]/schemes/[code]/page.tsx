// GET /schemes/[code] - a kind of initiative: how it works in plain language, every version of its
// rules with their legal source, and the initiatives made under it
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InitiativeCard } from "@/app/_components/initiative-card";
import { Loc } from "@/app/_components/loc";
import { RuleSetSummary } from "@/app/_components/rule-set";
import { cachedInitiativeList } from "@/lib/initiatives/public";
import { ZListQuery } from "@/lib/initiatives/schemas";
import { cachedScheme } from "@/lib/jurisdictions/public";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const s = await cachedScheme((await params).code);
  return s ? { title: localizedText(s.name, locale), description: localizedText(s.summary, locale).slice(0, 200) } : {};
}

export default async function SchemePage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const { code } = await params;
  const scheme = await cachedScheme(code);
  if (!scheme) notFound();
  const [current, ...older] = scheme.ruleSets;
  const list = await cachedInitiativeList(ZListQuery.parse({ scheme: code, limit: 50 }));
  return (
    <>
      <span className="caption">
        <a href={localePath(locale, `/jurisdictions/${scheme.jurisdiction.code}`)}>
          <Loc value={scheme.jurisdiction.name} locale={locale} />
        </a>
      </span>
      <h1>
        <Loc value={scheme.name} locale={locale} />
      </h1>
      <h2>{t("rules.howItWorks")}</h2>
      <p className="lead">
        <Loc value={scheme.summary} locale={locale} />
      </p>
      {scheme.officialUrl ? (
        <p>
          <a href={scheme.officialUrl}>{t("status.officialPage")}</a>
        </p>
      ) : null}
      {current ? <RuleSetSummary rules={current} locale={locale} t={t} headingLevel={2} /> : null}
      {older.length ? (
        <>
          <h2>{t("rules.versions")}</h2>
          {older.map((r) => (
            <details key={r.version}>
              <summary>{t("rules.versionFrom", { version: String(r.version), from: r.effectiveFrom.slice(0, 10) })}</summary>
              <RuleSetSummary rules={r} locale={locale} t={t} />
            </details>
          ))}
        </>
      ) : null}
      <h2>{t("rules.initiativesTitle")}</h2>
      <ul className="card-list">
        {list.items.map((i) => (
          <InitiativeCard key={i.slug} initiative={i} locale={locale} t={t} />
        ))}
      </ul>
    </>
  );
}
