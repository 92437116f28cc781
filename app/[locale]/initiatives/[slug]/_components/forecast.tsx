// Growth and a forecast of the next threshold against the deadline, with the method explained and
// the uncertainty stated: "not on track" and "cannot tell" are answers too.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatNumber, type Translator } from "@/lib/i18n/translator";

export function Forecast({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  const f = status.forecast;
  if (f.status === "none") return null;
  const d = (iso: string | null) => (iso ? formatDate(iso, locale, status.timeZone) : "");
  const threshold = status.thresholds.find((th) => th.code === f.threshold);
  const name = threshold ? formatNumber(threshold.target, locale) : "";
  const deadline = d(status.keyDates.collectionEndsAt);
  return (
    <section aria-labelledby="growth">
      <h2 id="growth">{t("status.growthTitle")}</h2>
      <p>
        {status.growthPerDay !== null && status.open
          ? t("status.growth", { count: formatNumber(Math.round(status.growthPerDay), locale) })
          : t("status.noGrowth")}
      </p>
      {f.status === "estimate" ? (
        <>
          <p>
            {f.latest
              ? t("status.forecastEstimate", { threshold: name, expected: d(f.expected), earliest: d(f.earliest), latest: d(f.latest) })
              : t("status.forecastEstimateOpenEnded", { threshold: name, expected: d(f.expected), earliest: d(f.earliest) })}
          </p>
          {f.onTrack === "yes" ? <p className="notice notice-success">{t("status.onTrackYes", { deadline })}</p> : null}
          {f.onTrack === "no" ? <p className="notice notice-warning">{t("status.onTrackNo", { deadline })}</p> : null}
          {f.onTrack === "uncertain" ? <p className="inset">{t("status.onTrackUncertain", { deadline })}</p> : null}
        </>
      ) : null}
      {f.status === "stalled" ? <p className="notice notice-warning">{t("status.forecastStalled")}</p> : null}
      {f.status === "insufficient-data" ? <p className="muted">{t("status.forecastInsufficient")}</p> : null}
      {f.status === "reached" ? <p>{t("status.forecastReached")}</p> : null}
      {f.status === "closed" ? <p className="muted">{t("status.forecastClosed")}</p> : null}
      <details>
        <summary>{t("status.forecastMethod")}</summary>
        <p lang="en">{f.method}</p>
      </details>
    </section>
  );
}
