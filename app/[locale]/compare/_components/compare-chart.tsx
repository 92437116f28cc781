// The compared curves in one chart: x is days since opening, thresholds as labelled lines,
// each initiative's deadline marked on the axis in its colour.
import { scaleLinear } from "d3-scale";
import type { ComparedInitiative } from "@/lib/compare/queries";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/locales";
import { formatNumber, type Translator } from "@/lib/i18n/translator";
import { LineChart } from "@/app/_components/charts/line-chart";
import { lineStyle } from "./palette";

export function CompareChart({ initiatives, locale, t }: { initiatives: ComparedInitiative[]; locale: Locale; t: Translator }) {
  const lastDay = Math.max(1, ...initiatives.flatMap((c) => [c.curve.at(-1)?.day ?? 0, c.deadlineDay ?? 0]));
  const xScale = scaleLinear().domain([0, lastDay]).nice();
  const [, xMax] = xScale.domain() as [number, number];
  const day = (d: number) => formatNumber(Math.floor(d), locale);
  const targets = [...new Set(initiatives.flatMap((c) => c.status.thresholds.filter((th) => !th.region).map((th) => th.target)))];
  const description = initiatives
    .map((c) => {
      const last = c.curve.at(-1);
      return last
        ? t("pictures.compareCurve", {
            title: localizedText(c.status.title, locale),
            value: formatNumber(last.value, locale),
            day: day(last.day),
          })
        : localizedText(c.status.title, locale);
    })
    .join(". ");
  return (
    <section aria-labelledby="compare-chart">
      <h2 id="compare-chart">{t("pictures.compareChartTitle")}</h2>
      <LineChart
        id="compare"
        title={t("pictures.compareChartTitle")}
        description={description}
        series={initiatives.map((c, i) => ({
          key: c.status.slug,
          ...lineStyle(i),
          points: c.curve.map((p) => ({ x: p.day, y: p.value })),
        }))}
        x={{ min: 0, max: xMax, ticks: xScale.ticks(4).map((v) => ({ value: v, label: day(v) })), title: t("pictures.compareDaysAxis") }}
        yLabel={(n) => formatNumber(n, locale, { notation: "compact", maximumFractionDigits: 1 })}
        lines={targets.map((target) => ({ y: target, label: formatNumber(target, locale) }))}
        marks={initiatives.flatMap((c, i) =>
          c.deadlineDay === null
            ? []
            : [
                {
                  x: c.deadlineDay,
                  colour: lineStyle(i).colour,
                  label: `${t("pictures.compareDeadlineMark")}: ${localizedText(c.status.title, locale)}`,
                },
              ],
        )}
      />
    </section>
  );
}
