// Progress toward every threshold of the initiative's rules, and for the ECI the per-member-state
// table with the seven-state verdict.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatPercent, regionName, type Translator } from "@/lib/i18n/translator";
import { Loc } from "@/app/_components/loc";
import { text } from "@/app/_components/labels";
import { ProgressBar } from "@/app/_components/progress-bar";
import { EuMap } from "./eu-map";

export function Thresholds({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  if (status.thresholds.length === 0 && !status.quorum) return null;
  return (
    <section aria-labelledby="thresholds">
      <h2 id="thresholds">{t("status.thresholds")}</h2>
      {status.thresholds.map((th) => {
        const label = text(th.label, locale);
        return (
          <ProgressBar
            key={th.code}
            label={label.children}
            labelLang={label.lang}
            current={th.current}
            target={th.target}
            reached={th.reached}
            locale={locale}
            t={t}
          />
        );
      })}
      {status.quorum ? <Quorum quorum={status.quorum} locale={locale} t={t} /> : null}
      {status.valid !== null ? (
        <p className={status.valid ? "notice notice-success" : "inset"}>
          <strong>{status.valid ? t("status.validYes") : t("status.validNo")}</strong>
        </p>
      ) : null}
    </section>
  );
}

function Quorum({ quorum, locale, t }: { quorum: NonNullable<TInitiativeStatus["quorum"]>; locale: Locale; t: Translator }) {
  return (
    <>
      <h3 id="quorum">
        <Loc value={quorum.label} locale={locale} />
      </h3>
      <p data-testid="quorum-verdict">
        <strong className={quorum.met ? "tag tag-green" : "tag tag-yellow"}>{quorum.met ? t("status.yes") : t("status.no")}</strong>{" "}
        {quorum.met
          ? t("status.quorumVerdictMet", {
              over: formatNumber(quorum.regionsOver, locale),
              needed: formatNumber(quorum.minRegions, locale),
            })
          : t("status.quorumVerdictNotMet", {
              over: formatNumber(quorum.regionsOver, locale),
              needed: formatNumber(quorum.minRegions, locale),
            })}
      </p>
      <EuMap quorum={quorum} locale={locale} t={t} />
      <div className="table-wrap">
        <table data-testid="member-state-table">
          <caption>{t("status.quorumTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("status.memberState")}</th>
              <th scope="col" className="num">
                {t("status.signatures")}
              </th>
              <th scope="col" className="num">
                {t("status.minimum")}
              </th>
              <th scope="col" className="num">
                {t("status.share")}
              </th>
              <th scope="col">{t("status.overMinimum")}</th>
            </tr>
          </thead>
          <tbody>
            {quorum.regions.map((r) => (
              <tr key={r.code}>
                <th scope="row">{regionName(r.region ?? "", locale)}</th>
                <td className="num">{r.current === null ? "–" : formatNumber(r.current, locale)}</td>
                <td className="num">{formatNumber(r.target, locale)}</td>
                <td className="num">{formatPercent(r.share, locale)}</td>
                <td>{r.reached ? <strong>{t("status.yes")}</strong> : t("status.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
