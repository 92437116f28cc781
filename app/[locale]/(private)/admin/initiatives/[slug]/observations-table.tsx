// An initiative's counts with their provenance (who, from where, when) and corrections. Corrected
// counts stay listed, marked, with the reason on the correction.
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime, formatNumber, type Translator } from "@/lib/i18n/translator";
import type { TObservationRow } from "@/lib/counts/admin-queries";

export function ObservationsTable({
  observations,
  locale,
  t,
  timeZone,
  correctHref,
}: {
  observations: TObservationRow[];
  locale: Locale;
  t: Translator;
  timeZone: string;
  correctHref: string;
}) {
  if (observations.length === 0) return <p>{t("admin.initiative.noCount")}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="observations">
        <thead>
          <tr>
            <th scope="col">{t("admin.table.when")}</th>
            <th scope="col" className="num">
              {t("admin.table.value")}
            </th>
            <th scope="col">{t("admin.table.kindRegion")}</th>
            <th scope="col">{t("admin.table.source")}</th>
            <th scope="col">{t("admin.table.note")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("admin.table.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => (
            <tr key={o.id} className={o.supersededBy ? "superseded" : undefined}>
              <td>{formatDateTime(o.observedAt, locale, timeZone)}</td>
              <td className="num">{o.supersededBy ? <del>{formatNumber(o.value, locale)}</del> : formatNumber(o.value, locale)}</td>
              <td>
                {t(`status.kinds.${o.kind}`)}
                {o.region ? ` · ${o.region}` : ""}
              </td>
              <td>
                {o.source}
                {o.enteredBy ? <span className="small muted"> · {o.enteredBy.email}</span> : null}
                {o.sourceUrl ? (
                  <>
                    {" "}
                    <a href={o.sourceUrl} className="small">
                      {t("admin.table.sourceLink")}
                    </a>
                  </>
                ) : null}
              </td>
              <td>
                {o.note}
                {o.correctionReason ? <span className="small"> {t("admin.table.correction", { reason: o.correctionReason })}</span> : null}
              </td>
              <td>
                {o.supersededBy ? (
                  <span className="tag tag-grey">{t("admin.table.corrected")}</span>
                ) : (
                  <a href={`${localePath(locale, correctHref)}?correct=${encodeURIComponent(o.id)}`}>
                    {t("admin.table.correct")}
                    <span className="visually-hidden"> {formatNumber(o.value, locale)}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
