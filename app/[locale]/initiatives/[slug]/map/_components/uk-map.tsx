// The constituency map itself and its switches. The map is one image with a text summary (its
// description); each constituency has a tooltip, and the tables beside it carry the figures.
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, type Translator } from "@/lib/i18n/translator";
import { NO_DATA } from "@/lib/maps/scale";
import { ukMapSearch, type TUkMapQuery } from "@/lib/maps/schemas";
import { topConstituencies, type UkConstituency, type UkMap } from "@/lib/maps/uk";
import { MapLegend } from "@/app/_components/maps/legend";
import { Readout } from "@/app/_components/maps/readout";

export function constituencyText(c: UkConstituency, map: UkMap, locale: Locale, t: Translator): string {
  return map.perThousandAvailable && c.per1000 !== null
    ? t("pictures.constituencyValuePer1000", {
        name: c.name,
        signatures: c.signatures,
        per1000: formatNumber(c.per1000, locale, { maximumFractionDigits: 1 }),
      })
    : t("pictures.constituencyValue", { name: c.name, signatures: c.signatures });
}

export function MapSwitches({ map, query, base, t }: { map: UkMap; query: TUkMapQuery; base: string; t: Translator }) {
  const link = (patch: Partial<TUkMapQuery>) => `${base}${ukMapSearch({ ...query, ...patch, q: "" })}`;
  const current = (on: boolean) => (on ? ("page" as const) : undefined);
  return (
    <nav aria-label={t("pictures.ukMapTitle")} data-testid="map-switches">
      <span>{t("pictures.viewLabel")}:</span>
      <ul className="switch-links">
        <li>
          <a href={link({ view: "geo" })} aria-current={current(map.view === "geo")}>
            {t("pictures.viewGeo")}
          </a>
        </li>
        <li>
          <a href={link({ view: "hex" })} aria-current={current(map.view === "hex")}>
            {t("pictures.viewHex")}
          </a>
        </li>
      </ul>
      <span>{t("pictures.measureLabel")}:</span>
      {map.perThousandAvailable ? (
        <ul className="switch-links">
          <li>
            <a href={link({ measure: "signatures" })} aria-current={current(map.measure === "signatures")}>
              {t("pictures.measureSignatures")}
            </a>
          </li>
          <li>
            <a href={link({ measure: "per1000" })} aria-current={current(map.measure === "per1000")}>
              {t("pictures.measurePer1000")}
            </a>
          </li>
        </ul>
      ) : (
        <p className="small">{t("pictures.perThousandUnavailable")}</p>
      )}
    </nav>
  );
}

export function UkMapFigure({ map, locale, t }: { map: UkMap; locale: Locale; t: Translator }) {
  const per1000 = map.measure === "per1000";
  const fmt = (n: number) => formatNumber(n, locale, { maximumFractionDigits: per1000 ? 1 : 0 });
  const top = topConstituencies(map, 3);
  const topText = top.map((c) => `${c.name} (${fmt(per1000 ? (c.per1000 ?? 0) : c.signatures)})`).join(", ");
  const summary = `${t("pictures.mapSummary", {
    total: formatNumber(map.total, locale),
    with: map.withSignatures,
    top: per1000 ? (topConstituencies({ ...map, measure: "signatures" }, 1)[0]?.name ?? "") : topText,
  })}${per1000 ? ` ${t("pictures.mapSummaryPer1000", { top: topText })}` : ""}`;
  const legend = [
    ...map.steps.map((s) => ({ colour: s.colour, label: t("pictures.legendRange", { from: fmt(s.from), to: fmt(s.to) }) })),
    { colour: NO_DATA, label: t("pictures.noData") },
  ];
  return (
    <figure className="map" id="uk-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="map-tall"
        role="img"
        aria-labelledby="uk-map-title"
        aria-describedby="uk-map-desc"
        data-testid="uk-map"
        data-view={map.view}
        data-measure={map.measure}
      >
        <title id="uk-map-title">{t("pictures.ukMapTitle")}</title>
        <desc id="uk-map-desc">{summary}</desc>
        {map.constituencies.map((c) => {
          const text = constituencyText(c, map, locale, t);
          return (
            <path key={c.code} d={c.d} fill={c.colour} className="map-area" data-code={c.code} data-readout={text}>
              <title>{text}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <p data-testid="map-summary">{summary}</p>
        <MapLegend items={legend} t={t} />
        <Readout target="uk-map" hint="" />
      </figcaption>
    </figure>
  );
}
