// The count history, readable on any screen (app/_components/charts/line-chart.tsx): text-sized
// axis labels, threshold labels that never overlap, the deadline and stage events on the time
// axis, and a keyboard/pointer read-out as an enhancement. Still one accessible image with its
// description, and the same data as a table. Kept small, since the page carries it twice (HTML and
// the React payload): the line has a point per few pixels, the table and read-out a sample (the
// CSV file has every count).
import { scaleTime } from "d3-scale";
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/locales";
import { formatDate, formatDateTime, formatNumber, type Translator } from "@/lib/i18n/translator";
import { sourceLabel, text } from "@/app/_components/labels";
import { LineChart, type ChartMark } from "@/app/_components/charts/line-chart";
import { sampleEvenly } from "@/lib/series/downsample";

/** Points on the line: about one per 3 pixels of a wide plot is as much as a screen shows. */
const PATH_POINTS = 220;
/** Rows of the table; the CSV file has every count. */
const TABLE_ROWS = 24;
/** Points the keyboard and pointer read-out steps through. */
const READOUT_POINTS = 48;

export function HistoryChart({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  const points = status.history.points.map((p) => ({ at: new Date(p.observedAt), value: p.value, source: p.source }));
  if (points.length < 2) return null;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const maxValue = Math.max(...points.map((p) => p.value));
  const tz = status.timeZone;
  const deadline = status.keyDates.collectionEndsAt ? new Date(status.keyDates.collectionEndsAt) : null;
  // The deadline widens the axis when it is near (an open initiative's remaining time shows).
  const end =
    deadline && deadline > last.at && deadline.getTime() - first.at.getTime() < 3 * (last.at.getTime() - first.at.getTime())
      ? deadline
      : last.at;
  const x = scaleTime().domain([first.at, end]);
  const multiYear = first.at.getFullYear() !== end.getFullYear();
  const short = (d: Date) => formatDate(d, locale, tz, { day: "numeric", month: "short", year: multiYear ? "2-digit" : undefined });
  const inRange = (d: Date) => d >= first.at && d <= end;
  const marks: ChartMark[] = [
    ...(deadline && inRange(deadline)
      ? [{ x: deadline.getTime(), label: `${t("status.deadlineTitle")}: ${formatDate(deadline, locale, tz)}`, colour: "#b1361e" }]
      : []),
    ...status.stageEvents
      .map((e) => ({ at: new Date(e.occurredAt), label: localizedText(e.label, locale) }))
      .filter((e) => inRange(e.at))
      .map((e) => ({ x: e.at.getTime(), label: `${e.label}: ${formatDate(e.at, locale, tz)}`, colour: "#505a5f" })),
  ];
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
      <LineChart
        id="history-chart"
        title={t("status.historyTitle")}
        description={description}
        series={[
          { key: "count", colour: "#1d70b8", points: sampleEvenly(points, PATH_POINTS).map((p) => ({ x: p.at.getTime(), y: p.value })) },
        ]}
        x={{ min: first.at.getTime(), max: end.getTime(), ticks: x.ticks(4).map((d) => ({ value: d.getTime(), label: short(d) })) }}
        yLabel={(n) => formatNumber(n, locale, { notation: "compact", maximumFractionDigits: 1 })}
        lines={status.thresholds
          .filter((th) => !th.region && th.target <= maxValue * 1.6)
          .map((th) => ({ y: th.target, label: formatNumber(th.target, locale) }))}
        marks={marks}
        readout={{
          label: t("pictures.chartReadout"),
          points: sampleEvenly(points, READOUT_POINTS).map((p) => ({
            x: p.at.getTime(),
            text: `${formatDate(p.at, locale, tz)}: ${formatNumber(p.value, locale)}`,
          })),
        }}
      />
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
