// The ECI member states on a map, shaded by each one's share of its minimum. Each state is an image
// with its name and figures (focusable, with a tooltip); the member-state table below says the same.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatPercent, regionName, type Translator } from "@/lib/i18n/translator";
import { eciMap, SHARE_STEPS, type StateProgress } from "@/lib/maps/eci";
import { NO_DATA } from "@/lib/maps/scale";
import { MapLegend } from "@/app/_components/maps/legend";
import { Readout } from "@/app/_components/maps/readout";

type Quorum = NonNullable<TInitiativeStatus["quorum"]>;

export function EuMap({ quorum, locale, t }: { quorum: Quorum; locale: Locale; t: Translator }) {
  const map = eciMap(quorum.regions);
  const label = (code: string, p: StateProgress | null) => {
    const state = regionName(code, locale);
    if (!p || !p.current) return t("pictures.stateNoData", { state });
    const figures = { state, current: formatNumber(p.current, locale), target: formatNumber(p.target, locale) };
    return p.reached
      ? t("pictures.stateReached", figures)
      : t("pictures.stateValue", { ...figures, percent: formatPercent(p.share, locale) });
  };
  const percent = (n: number) => formatPercent(n, locale);
  const legend = [
    ...SHARE_STEPS.slice(0, 4).map((s) => ({
      colour: s.colour,
      label: t("pictures.legendShare", { from: percent(s.from), to: percent(s.to) }),
    })),
    { colour: SHARE_STEPS[4].colour, label: t("pictures.legendReached") },
    { colour: NO_DATA, label: t("pictures.noData") },
  ];
  return (
    <figure className="map" id="eu-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="group"
        aria-labelledby="eu-map-title"
        aria-describedby="eu-map-desc"
        data-testid="eu-map"
      >
        <title id="eu-map-title">{t("pictures.euMapTitle")}</title>
        <desc id="eu-map-desc">
          {t("pictures.euMapDesc", { over: formatNumber(quorum.regionsOver, locale), needed: formatNumber(quorum.minRegions, locale) })}
        </desc>
        {map.states.map((s) => {
          const text = label(s.code, s.progress);
          const small = s.code === "MT" || s.code === "LU" || s.code === "CY";
          return (
            <g key={s.code} role="img" aria-label={text} tabIndex={0} data-readout={text} data-code={s.code} className="map-area">
              <title>{text}</title>
              <path d={s.d} fill={s.colour} />
              {/* The smallest states get a marker, so they can be seen and pointed at. */}
              {small && s.centre ? <circle cx={s.centre[0]} cy={s.centre[1]} r={5} fill={s.colour} /> : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <MapLegend items={legend} t={t} />
        <Readout target="eu-map" hint={t("pictures.readout")} />
        <p className="small muted">{t("pictures.euAttribution")}</p>
      </figcaption>
    </figure>
  );
}
