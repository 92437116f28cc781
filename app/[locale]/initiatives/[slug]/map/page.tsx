// GET /initiatives/[slug]/map - a UK petition's signatures by constituency: a map on the boundaries
// of its parliament (geographic or hexagons, by signatures or per 1,000 residents: each switch a
// link), the top constituencies and the regions as tables, and a look-up by name. No JavaScript
// needed; the data comes from the cached status, so a view never queries the database.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Loc } from "@/app/_components/loc";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { hasConstituencyData, ukMap } from "@/lib/maps/uk";
import { ZUkMapQuery } from "@/lib/maps/schemas";
import { MapSwitches, UkMapFigure } from "./_components/uk-map";
import { Lookup, RegionsTable, TopTable } from "./_components/tables";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const status = await cachedInitiativeStatus((await params).slug);
  if (!status) return { title: t("errors.notFoundTitle") };
  return { title: `${t("pictures.ukMapTitle")}: ${localizedText(status.title, locale)}` };
}

export default async function UkMapPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const status = await cachedInitiativeStatus((await params).slug);
  if (!status || status.withdrawal || !hasConstituencyData(status.regions)) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZUkMapQuery.parse(raw);
  const map = ukMap(status.regions, status.keyDates.openedAt, query.view, query.measure);
  const statusPath = localePath(locale, status.path);

  return (
    <article>
      <p className="caption">
        <a href={statusPath}>
          <Loc value={status.title} locale={locale} />
        </a>
      </p>
      <h1>{t("pictures.ukMapTitle")}</h1>
      <p>{map.boundaries === "2010" ? t("pictures.boundaries2010") : t("pictures.boundaries2024")}</p>
      <MapSwitches map={map} query={query} base={`${statusPath}/map`} t={t} />
      <div className="grid grid-2">
        <UkMapFigure map={map} locale={locale} t={t} />
        <div>
          <Lookup map={map} query={query} locale={locale} t={t} />
          <TopTable map={map} locale={locale} t={t} />
          <RegionsTable map={map} locale={locale} t={t} />
        </div>
      </div>
      <p className="small muted">{t("pictures.mapsAttribution")}</p>
      <p>
        <a href={statusPath}>{t("pictures.backToStatus")}</a>
      </p>
    </article>
  );
}
