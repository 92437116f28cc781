// The comparison as tables: one row per initiative (key to the chart's lines, threshold days,
// deadline) and the counts at the same checkpoints (a week, a month...) for a like-for-like read.
import type { ComparedInitiative } from "@/lib/compare/queries";
import { checkpoints, valueOnDay } from "@/lib/compare/align";
import { compareHref } from "@/lib/compare/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDate, formatNumber, type Translator } from "@/lib/i18n/translator";
import { Loc } from "@/app/_components/loc";
import { lineStyle } from "./palette";

type Props = { initiatives: ComparedInitiative[]; locale: Locale; t: Translator };

export function CompareTable({ initiatives, locale, t }: Props) {
  const slugs = initiatives.map((c) => c.status.slug);
  return (
    <div className="table-wrap">
      <table data-testid="compare-table">
        <caption>{t("pictures.compareTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pictures.compareInitiative")}</th>
            <th scope="col">{t("pictures.compareOpened")}</th>
            <th scope="col" className="num">
              {t("pictures.compareLatest")}
            </th>
            <th scope="col">{t("pictures.compareThresholds")}</th>
            <th scope="col">{t("pictures.compareDeadline")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("pictures.compareRemove")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {initiatives.map((c, i) => {
            const s = c.status;
            return (
              <tr key={s.slug}>
                <th scope="row">
                  <span
                    className="swatch-line"
                    style={{ borderColor: lineStyle(i).colour, borderTopStyle: lineStyle(i).dash ? "dashed" : "solid" }}
                    aria-hidden="true"
                  />
                  <a href={localePath(locale, s.path)}>
                    <Loc value={s.title} locale={locale} />
                  </a>
                </th>
                <td>{s.keyDates.openedAt ? formatDate(s.keyDates.openedAt, locale, s.timeZone) : "–"}</td>
                <td className="num">{s.latestTotal ? formatNumber(s.latestTotal.value, locale) : "–"}</td>
                <td>
                  {c.reached.map((r) => (
                    <div key={r.code}>
                      {r.day === null
                        ? t("pictures.compareNotReached", { target: formatNumber(r.target, locale) })
                        : t("pictures.compareReached", {
                            target: formatNumber(r.target, locale),
                            day: formatNumber(Math.floor(r.day), locale),
                          })}
                    </div>
                  ))}
                </td>
                <td>{c.deadlineDay === null ? "–" : t("pictures.compareDeadlineDays", { days: Math.round(c.deadlineDay) })}</td>
                <td>
                  {slugs.length > 1 ? (
                    <a href={localePath(locale, compareHref(slugs.filter((x) => x !== s.slug)))}>
                      {t("pictures.compareRemove")}
                      <span className="visually-hidden">
                        : <Loc value={s.title} locale={locale} />
                      </span>
                    </a>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CheckpointTable({ initiatives, locale, t }: Props) {
  const days = checkpoints(Math.max(...initiatives.map((c) => c.curve.at(-1)?.day ?? 0)));
  return (
    <div className="table-wrap">
      <table data-testid="checkpoint-table">
        <caption>{t("pictures.compareCheckpoints")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pictures.compareInitiative")}</th>
            {days.map((d) => (
              <th key={d} scope="col" className="num">
                {t("pictures.compareDay", { day: formatNumber(d, locale) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {initiatives.map((c) => (
            <tr key={c.status.slug}>
              <th scope="row">
                <Loc value={c.status.title} locale={locale} />
              </th>
              {days.map((d) => {
                const v = valueOnDay(c.curve, d);
                return (
                  <td key={d} className="num">
                    {v === null ? "–" : formatNumber(v, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
