// A progress bar with its text equivalent always visible (the bar itself is decoration).
import { formatNumber, formatPercent } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

export function ProgressBar(props: {
  label: string;
  labelLang?: string;
  current: number | null;
  target: number;
  reached: boolean;
  locale: Locale;
  t: Translator;
}) {
  const { current, target, reached, locale, t } = props;
  const share = current === null ? 0 : current / target;
  const width = `${Math.min(100, Math.max(0, share * 100)).toFixed(1)}%`;
  return (
    <div className="progress">
      <div className="progress-label">
        <span lang={props.labelLang}>{props.label}</span>
        <span>
          {current === null
            ? t("status.noCountYet")
            : t("status.progressText", {
                current: formatNumber(current, locale),
                target: formatNumber(target, locale),
                percent: formatPercent(share, locale),
              })}
          {" · "}
          <strong>
            {reached
              ? t("status.thresholdReached")
              : t("status.thresholdNotReached", { remaining: formatNumber(Math.max(0, target - (current ?? 0)), locale) })}
          </strong>
        </span>
      </div>
      <div className="progress-track" aria-hidden="true">
        <div className={reached ? "progress-fill done" : "progress-fill"} style={{ width }} />
      </div>
    </div>
  );
}
