// GET /admin/initiatives/[slug]/flags - data-quality flags: the open ones (computed when counts
// were entered), the stale-source flag (evaluated now, see lib/counts/stale-source.ts), and the
// reviewed ones. Confirmed flags are public data notes.
import { formatDateTime, formatNumber } from "@/lib/i18n/translator";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { FlagReviewForm } from "./flag-review-form";
import { reviewedFlags, reviewQueue } from "@/lib/counts/admin-queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

const hours = (ms: number) => Math.max(1, Math.round(ms / 3_600_000));

export default async function FlagsPage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  const tz = i.parsedRules.timeZone;
  const [{ flags, stale }, reviewed] = await Promise.all([reviewQueue(actor, i), reviewedFlags(actor, i.id)]);
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.flags.title")}
      </InitiativeHeading>
      <p>{t("admin.flags.intro")}</p>
      {stale ? (
        <section className="flag" aria-labelledby="flag-stale" data-testid="flag-stale-source">
          <h2 id="flag-stale">{t("admin.flags.codes.stale-source")}</h2>
          <p>
            {t("admin.flags.staleBody", {
              source: stale.source,
              usual: formatNumber(hours(stale.usualIntervalMs), locale),
              at: formatDateTime(stale.lastObservedAt, locale, tz),
              silent: formatNumber(hours(stale.silentForMs), locale),
            })}
          </p>
          <FlagReviewForm locale={locale} slug={i.slug} observationId={stale.observationId} />
        </section>
      ) : null}
      {flags.length === 0 && !stale ? <p data-testid="no-open-flags">{t("admin.flags.none")}</p> : null}
      {flags.map((f) => (
        <section key={f.id} className="flag" aria-labelledby={`flag-${f.id}`} data-testid={`flag-${f.code}`}>
          <h2 id={`flag-${f.id}`}>{t(`admin.flags.codes.${f.code as "jump"}`)}</h2>
          {f.observation ? (
            <p>
              {t("admin.flags.about", {
                value: formatNumber(f.observation.value, locale),
                at: formatDateTime(f.observation.observedAt, locale, tz),
                source: f.observation.source,
              })}
            </p>
          ) : null}
          <p className="small muted">
            <code>{JSON.stringify(f.details)}</code>
          </p>
          <FlagReviewForm locale={locale} slug={i.slug} flagId={f.id} />
        </section>
      ))}
      {reviewed.length ? (
        <>
          <h2>{t("admin.flags.reviewed")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.flags.flag")}</th>
                <th scope="col">{t("admin.flags.status")}</th>
                <th scope="col">{t("admin.flags.publicNote")}</th>
                <th scope="col">{t("admin.table.enteredBy")}</th>
              </tr>
            </thead>
            <tbody>
              {reviewed.map((f) => (
                <tr key={f.id}>
                  <td>{t(`admin.flags.codes.${f.code as "jump"}`)}</td>
                  <td>{f.status === "CONFIRMED" ? t("admin.flags.statusConfirmed") : t("admin.flags.statusDismissed")}</td>
                  <td>{f.publicNote}</td>
                  <td>
                    {f.reviewedBy?.email ?? "–"}
                    {f.reviewedAt ? <span className="small muted"> · {formatDateTime(f.reviewedAt, locale, tz)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
