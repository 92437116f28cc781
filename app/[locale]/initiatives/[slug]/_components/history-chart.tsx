// The count history as an accessible SVG rendered on the server (no JavaScript needed), with the
// same data as a table for screen readers and anyone who prefers numbers. Kept small, since the
// page carries it twice (HTML and the React payload): the path has a point per few pixels with
// whole-pixel coordinates, and the table a sample with every count in the CSV file.
import { scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime, formatNumber, type Translator } from "@/lib/i18n/translator";
import { sampleEvenly } from "@/lib/series/downsample";
import { sourceLabel, text } from "@/app/_components/labels";

const W = 720;
const H = 300;
const M = { top: 16, right: 16, bottom: 32, left: 72 };
/** Points on the path: one per 3 pixels of the plot is as much as a screen shows. */
const PATH_POINTS = Math.floor((W - M.left - M.right) / 3);
/** Rows of the table; the CSV file has every count. */
const TABLE_ROWS = 24;

export function HistoryChart({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  const points = status.history.points.map((p) => ({ at: new Date(p.observedAt), value: p.value, source: p.source }));
  if (points.length < 2) return null;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const maxValue = Math.max(...points.map((p) => p.value));
  const visibleThresholds = status.thresholds.filter((th) => th.target <= maxValue * 1.6);
  const yMax = Math.max(maxValue, ...visibleThresholds.map((th) => th.target)) * 1.05;
  const x = scaleTime()
    .domain([first.at, last.at])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const path =
    line<(typeof points)[number]>()
      .digits(0)
      .x((p) => x(p.at))
      .y((p) => y(p.value))(sampleEvenly(points, PATH_POINTS)) ?? "";
  // The area under the line: the same path, closed along the axis.
  const fill = `${path}L${Math.round(x(last.at))},${Math.round(y(0))}L${Math.round(x(first.at))},${Math.round(y(0))}Z`;
  const tz = status.timeZone;
  const short = (d: Date) =>
    formatDate(d, locale, tz, {
      day: "numeric",
      month: "short",
      year: x.ticks(5).length && last.at.getFullYear() !== first.at.getFullYear() ? "2-digit" : undefined,
    });
  const compact = (n: number) => formatNumber(n, locale, { notation: "compact", maximumFractionDigits: 1 });
  const description = t("status.chartDescription", {
    from: formatDate(first.at, locale, tz),
    to: formatDate(last.at, locale, tz),
    first: formatNumber(first.value, locale),
    last: formatNumber(last.value, locale),
  });
  const table = sampleEvenly(points, TABLE_ROWS);

  return (
    <section aria-labelledby="history">
      <h2 id="history">{t("status.historyTitle")}</h2>
      <figure className="chart">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc">
          <title id="chart-title">{t("status.historyTitle")}</title>
          <desc id="chart-desc">{description}</desc>
          <g className="axis" aria-hidden="true">
            {y.ticks(5).map((v) => (
              <g key={v}>
                <line className="gridline" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
                <text x={M.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
                  {compact(v)}
                </text>
              </g>
            ))}
            {x.ticks(5).map((d) => (
              <text key={d.getTime()} x={x(d)} y={H - 10} textAnchor="middle">
                {short(d)}
              </text>
            ))}
          </g>
          <path className="area" d={fill} aria-hidden="true" />
          <path className="series" d={path} aria-hidden="true" />
          {visibleThresholds.map((th) => (
            <g key={th.code} aria-hidden="true">
              <line className="threshold-line" x1={M.left} x2={W - M.right} y1={y(th.target)} y2={y(th.target)} />
              <text className="threshold-label" x={W - M.right - 4} y={y(th.target) - 5} textAnchor="end">
                {formatNumber(th.target, locale)}
              </text>
            </g>
          ))}
        </svg>
        <figcaption className="small muted">{description}</figcaption>
      </figure>
      <details>
        <summary>{t("status.chartTable")}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("status.historyTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("status.when")}</th>
                <th scope="col" className="num">
                  {t("status.count")}
                </th>
                <th scope="col">{t("status.source")}</th>
              </tr>
            </thead>
            <tbody>
              {table.map((p) => (
                <tr key={p.at.getTime()}>
                  <td>{formatDateTime(p.at, locale, tz)}</td>
                  <td className="num">{formatNumber(p.value, locale)}</td>
                  <td>{sourceLabel(p.source, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {table.length < points.length ? (
          <p className="small">
            {t("status.chartTableSample", { shown: formatNumber(table.length, locale), total: formatNumber(points.length, locale) })}{" "}
            <a href={`/api/v1/initiatives/${status.slug}/counts.csv`}>{t("status.openDataCsv")}</a>
          </p>
        ) : null}
      </details>
    </section>
  );
}

export { text };
