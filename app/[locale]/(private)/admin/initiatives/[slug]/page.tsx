// GET /admin/initiatives/[slug] - one initiative in the admin console: its state, what needs review
// (open data-quality flags, a stale source), recent counts with their provenance, and the stages.
import { Loc } from "@/app/_components/loc";
import { hasRole } from "@/lib/auth/actor";
import { listStageEvents } from "@/lib/initiatives/admin-queries";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime, formatNumber } from "@/lib/i18n/translator";
import { findStage } from "@/lib/rules/stages";
import { adminInitiative, adminPage } from "../../_components/admin-page";
import { ObservationsTable } from "./observations-table";
import { listObservations, reviewQueue } from "@/lib/counts/admin-queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function AdminInitiativePage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  const tz = i.parsedRules.timeZone;
  const [observations, queue, stages] = await Promise.all([
    listObservations(actor, i.id, 20),
    reviewQueue(actor, i),
    listStageEvents(actor, i.id),
  ]);
  const base = `/admin/initiatives/${i.slug}`;
  const stageLabel = (code: string) => findStage(i.parsedRules, code)?.label ?? { en: code };
  const admin = hasRole(actor, "ADMIN");
  const attention = queue.flags.length + (queue.stale ? 1 : 0);
  return (
    <>
      <span className="caption">
        <Loc value={i.scheme.name} locale={locale} /> · <Loc value={i.jurisdiction.name} locale={locale} />
      </span>
      <h1>
        <Loc value={i.title} locale={locale} />
      </h1>
      {i.withdrawnAt ? (
        <p className="notice notice-warning">
          {t("admin.initiative.withdrawnNotice", { date: formatDateTime(i.withdrawnAt, locale, tz), reason: i.withdrawnReason ?? "" })}
        </p>
      ) : null}
      <nav aria-label={t("admin.initiative.actions")}>
        <ul className="action-list">
          <li>
            <a href={localePath(locale, `${base}/counts`)}>{t("admin.initiative.recordCount")}</a>
          </li>
          <li>
            <a href={localePath(locale, `${base}/counts/bulk`)}>{t("admin.initiative.bulkUpload")}</a>
          </li>
          <li>
            <a href={localePath(locale, `${base}/stages`)}>{t("admin.initiative.recordStage")}</a>
          </li>
          <li>
            <a href={localePath(locale, `${base}/responses`)}>{t("admin.initiative.responses")}</a>
          </li>
          <li>
            <a href={localePath(locale, `${base}/flags`)}>{t("admin.initiative.dataQuality", { count: attention })}</a>
          </li>
          {admin ? (
            <li>
              <a href={localePath(locale, `${base}/edit`)}>{t("admin.initiative.edit")}</a>
            </li>
          ) : null}
          {admin && !i.withdrawnAt ? (
            <li>
              <a href={localePath(locale, `${base}/withdraw`)}>{t("admin.initiative.withdraw")}</a>
            </li>
          ) : null}
          <li>
            <a href={localePath(locale, `/initiatives/${i.slug}`)}>{t("admin.initiative.publicPage")}</a>
          </li>
        </ul>
      </nav>
      <dl className="summary-list">
        <div>
          <dt>{t("admin.initiative.address")}</dt>
          <dd>{i.slug}</dd>
        </div>
        <div>
          <dt>{t("admin.initiative.stage")}</dt>
          <dd>
            <Loc value={stageLabel(i.currentStage)} locale={locale} /> ({formatDateTime(i.currentStageAt, locale, tz)})
          </dd>
        </div>
        <div>
          <dt>{t("admin.initiative.latest")}</dt>
          <dd data-testid="admin-latest-total">
            {i.latestTotal === null || !i.latestTotalAt
              ? t("admin.initiative.noCount")
              : t("admin.initiative.latestValue", {
                  value: formatNumber(i.latestTotal, locale),
                  date: formatDateTime(i.latestTotalAt, locale, tz),
                })}
          </dd>
        </div>
        <div>
          <dt>{t("admin.initiative.rules")}</dt>
          <dd>{t("admin.initiative.rulesValue", { version: String(i.ruleSet.version), zone: tz })}</dd>
        </div>
        <div>
          <dt>{t("admin.initiative.version")}</dt>
          <dd>{i.version}</dd>
        </div>
      </dl>
      {attention ? (
        <div className="notice notice-warning" data-testid="attention">
          <p>{t("admin.initiative.needsReview", { count: attention })}</p>
          <p>
            <a href={localePath(locale, `${base}/flags`)}>{t("admin.initiative.reviewFlags")}</a>
          </p>
        </div>
      ) : null}
      <h2>{t("admin.initiative.observationsTitle")}</h2>
      <ObservationsTable observations={observations} locale={locale} t={t} timeZone={tz} correctHref={`${base}/counts`} />
      <h2>{t("admin.initiative.stageHistory")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.table.when")}</th>
            <th scope="col">{t("admin.table.stage")}</th>
            <th scope="col">{t("admin.table.source")}</th>
            <th scope="col">{t("admin.table.enteredBy")}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((s) => (
            <tr key={s.id}>
              <td>{formatDateTime(s.occurredAt, locale, tz)}</td>
              <td>
                <Loc value={stageLabel(s.stage)} locale={locale} />
              </td>
              <td>{s.source}</td>
              <td>{s.enteredBy?.email ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
