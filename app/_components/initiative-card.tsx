// One initiative in a list: title, where and what, stage, count against its next threshold.
import type { TInitiativeSummary } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDate, formatNumber, type Translator } from "@/lib/i18n/translator";
import { text } from "./labels";
import { Loc } from "./loc";
import { ProgressBar } from "./progress-bar";

export function stageTagClass(i: Pick<TInitiativeSummary, "withdrawn" | "open" | "stage">): string {
  if (i.withdrawn) return "tag tag-red";
  if (i.open) return "tag";
  return i.stage.terminal ? "tag tag-grey" : "tag tag-yellow";
}

export function InitiativeCard({
  initiative: i,
  locale,
  t,
  headingLevel = 3,
}: {
  initiative: TInitiativeSummary;
  locale: Locale;
  t: Translator;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const next = i.nextThreshold;
  return (
    <li className="card">
      <H>
        <a href={localePath(locale, i.path)}>
          <Loc value={i.title} locale={locale} />
        </a>
      </H>
      <p className="card-meta">
        <span className={stageTagClass(i)}>
          <Loc value={i.stage.label} locale={locale} />
        </span>{" "}
        <Loc value={i.scheme.name} locale={locale} /> · <Loc value={i.jurisdiction.name} locale={locale} />
      </p>
      {i.latestTotal ? (
        <p className="card-meta">
          <strong>{t("initiative.signatures", { count: i.latestTotal.value })}</strong>{" "}
          {t("initiative.asOf", { date: formatDate(i.latestTotal.observedAt, locale, "UTC", { dateStyle: "medium" }) })}
          {i.growthPerDay && i.open && i.growthPerDay > 0
            ? ` · ${t("initiative.perDay", { count: formatNumber(Math.round(i.growthPerDay), locale) })}`
            : ""}
        </p>
      ) : (
        <p className="card-meta">{t("initiative.noCount")}</p>
      )}
      {next ? (
        <ProgressBar
          label={text(next.label, locale).children}
          labelLang={text(next.label, locale).lang}
          current={next.current}
          target={next.target}
          reached={next.reached}
          locale={locale}
          t={t}
        />
      ) : null}
    </li>
  );
}
