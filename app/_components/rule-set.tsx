// One version of a scheme's rules in plain language: thresholds, collection period, stages,
// statutory deadlines and the law it comes from.
import type { z } from "zod";
import type { ZRuleSetOut } from "@/lib/jurisdictions/dto";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/locales";
import { formatDate, formatNumber, regionName, type Translator } from "@/lib/i18n/translator";
import { Loc } from "./loc";

type RuleSet = z.infer<typeof ZRuleSetOut>;

export function RuleSetSummary({
  rules,
  locale,
  t,
  headingLevel = 3,
}: {
  rules: RuleSet;
  locale: Locale;
  t: Translator;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const H2 = headingLevel === 2 ? "h3" : "h4";
  const whole = rules.thresholds.filter((th) => th.meaning !== "regional-minimum");
  const regional = rules.thresholds.filter((th) => th.meaning === "regional-minimum");
  const stageName = (code: string) => localizedText(rules.stages.find((s) => s.code === code)?.label, locale);
  return (
    <>
      <H>{t("rules.thresholds")}</H>
      <ul>
        {whole.map((th) => (
          <li key={th.code}>
            <Loc value={th.label} locale={locale} />
          </li>
        ))}
        {rules.regionQuorum ? (
          <li>
            <Loc value={rules.regionQuorum.label} locale={locale} />
          </li>
        ) : null}
      </ul>
      <p>{rules.collectionMonths ? t("rules.collection", { months: String(rules.collectionMonths) }) : t("rules.noCollection")}</p>
      {regional.length ? (
        <details>
          <summary>{t("rules.regionalMinimums")}</summary>
          <table>
            <tbody>
              {regional.map((th) => (
                <tr key={th.code}>
                  <th scope="row">{regionName(th.region ?? "", locale)}</th>
                  <td className="num">{th.target === null ? "" : formatNumber(th.target, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <H2>{t("rules.stages")}</H2>
      <ol>
        {rules.stages.map((s) => (
          <li key={s.code}>
            <strong>
              <Loc value={s.label} locale={locale} />
            </strong>
            {s.description ? (
              <>
                {": "}
                <Loc value={s.description} locale={locale} />
              </>
            ) : null}
            <br />
            <span className="small muted">
              {s.terminal ? t("rules.stageTerminal") : t("rules.stageNext", { stages: s.next.map(stageName).join(", ") })}
            </span>
          </li>
        ))}
      </ol>
      {rules.clocks.length ? (
        <>
          <H2>{t("rules.clocks")}</H2>
          <ul>
            {rules.clocks.map((c) => (
              <li key={c.code}>
                <Loc value={c.label} locale={locale} />
                {c.legalReference ? <span className="small muted"> ({c.legalReference})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="small">
        {t("rules.legalSource")}: <a href={rules.legalSourceUrl}>{rules.legalSourceTitle}</a>
        {" · "}
        {rules.effectiveTo
          ? t("rules.versionFromTo", {
              version: String(rules.version),
              from: formatDate(rules.effectiveFrom, locale, rules.timeZone),
              to: formatDate(rules.effectiveTo, locale, rules.timeZone),
            })
          : t("rules.versionFrom", { version: String(rules.version), from: formatDate(rules.effectiveFrom, locale, rules.timeZone) })}
      </p>
      {rules.note ? <p className="small muted">{rules.note}</p> : null}
    </>
  );
}
