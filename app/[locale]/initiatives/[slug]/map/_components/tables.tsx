// The map's tables: the constituency look-up (a GET form), the top constituencies and the regions.
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, type Translator } from "@/lib/i18n/translator";
import type { TUkMapQuery } from "@/lib/maps/schemas";
import { findConstituencies, topConstituencies, type UkConstituency, type UkMap } from "@/lib/maps/uk";

function ConstituencyTable({
  rows,
  map,
  caption,
  locale,
  t,
  testId,
}: {
  rows: UkConstituency[];
  map: UkMap;
  caption: string;
  locale: Locale;
  t: Translator;
  testId: string;
}) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("pictures.rank")}
            </th>
            <th scope="col">{t("pictures.constituency")}</th>
            <th scope="col" className="num">
              {t("pictures.signatures")}
            </th>
            {map.perThousandAvailable ? (
              <th scope="col" className="num">
                {t("pictures.per1000")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.code}>
              <td className="num">{formatNumber(c.rank, locale)}</td>
              <th scope="row">{c.name}</th>
              <td className="num">{formatNumber(c.signatures, locale)}</td>
              {map.perThousandAvailable ? (
                <td className="num">{c.per1000 === null ? "–" : formatNumber(c.per1000, locale, { maximumFractionDigits: 1 })}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Lookup({ map, query, locale, t }: { map: UkMap; query: TUkMapQuery; locale: Locale; t: Translator }) {
  const found = query.q ? findConstituencies(map, query.q) : [];
  return (
    <section aria-labelledby="lookup">
      <h2 id="lookup">{t("pictures.lookupTitle")}</h2>
      <form method="get" role="search" aria-labelledby="lookup">
        {map.view !== "geo" ? <input type="hidden" name="view" value={map.view} /> : null}
        {map.measure !== "signatures" ? <input type="hidden" name="measure" value={map.measure} /> : null}
        <div className="field">
          <label htmlFor="q">{t("pictures.lookupLabel")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q} maxLength={100} autoComplete="off" />
        </div>
        <button type="submit" className="button">
          {t("pictures.lookupButton")}
        </button>
      </form>
      {query.q ? (
        <div aria-live="polite" data-testid="lookup-result">
          <p>
            {found.length
              ? t("pictures.lookupResults", { count: found.length, query: query.q })
              : t("pictures.lookupNone", { query: query.q })}
          </p>
          {found.length ? (
            <ConstituencyTable rows={found} map={map} caption={t("pictures.lookupTitle")} locale={locale} t={t} testId="lookup-table" />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function TopTable({ map, locale, t }: { map: UkMap; locale: Locale; t: Translator }) {
  const caption = map.measure === "per1000" ? t("pictures.topTitlePer1000") : t("pictures.topTitle");
  return (
    <section>
      <ConstituencyTable rows={topConstituencies(map, 15)} map={map} caption={caption} locale={locale} t={t} testId="top-table" />
    </section>
  );
}

export function RegionsTable({ map, locale, t }: { map: UkMap; locale: Locale; t: Translator }) {
  if (!map.regions.length) return null;
  return (
    <section>
      <div className="table-wrap">
        <table data-testid="regions-table">
          <caption>{t("pictures.regionsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("pictures.region")}</th>
              <th scope="col" className="num">
                {t("pictures.signatures")}
              </th>
            </tr>
          </thead>
          <tbody>
            {map.regions.map((r) => (
              <tr key={r.letter}>
                <th scope="row">{t(`pictures.regionNames.${r.letter}`)}</th>
                <td className="num">{formatNumber(r.signatures, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
