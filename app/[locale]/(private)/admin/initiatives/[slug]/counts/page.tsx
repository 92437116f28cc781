// GET /admin/initiatives/[slug]/counts - enter a count, or (?correct=<id>) correct one.
import { toLocalInput } from "@/lib/schemas/zoned-time";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime, formatNumber } from "@/lib/i18n/translator";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { ObservationsTable } from "../observations-table";
import { CountForm } from "./count-form";
import { findObservation, listObservations } from "@/lib/counts/admin-queries";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ correct?: string | string[] }> };

export default async function CountsPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  const tz = i.parsedRules.timeZone;
  const { correct } = await searchParams;
  const wrong = typeof correct === "string" ? await findObservation(actor, i.id, correct) : null;
  const correcting = wrong && !wrong.supersededBy ? wrong : null;
  const { codes, patterns } = i.parsedRules.regions;
  const regionHint =
    codes.length || patterns.length
      ? t("admin.counts.regionHint", { codes: codes.length ? codes.join(", ") : patterns.join(" ") })
      : t("admin.counts.regionHintNone");
  const base = `/admin/initiatives/${i.slug}`;
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {correcting ? t("admin.counts.correctTitle") : t("admin.counts.title")}
      </InitiativeHeading>
      {correcting ? (
        <p className="inset" data-testid="correcting">
          {t("admin.counts.correcting", {
            value: formatNumber(correcting.value, locale),
            at: formatDateTime(correcting.observedAt, locale, tz),
          })}
        </p>
      ) : (
        <p>
          <a href={localePath(locale, `${base}/counts/bulk`)}>{t("admin.counts.bulkLink")}</a>
        </p>
      )}
      <CountForm
        locale={locale}
        slug={i.slug}
        timeZone={tz}
        regionHint={regionHint}
        now={toLocalInput(new Date(), tz)}
        correcting={
          correcting
            ? {
                id: correcting.id,
                value: correcting.value,
                observedAt: correcting.observedAt.toISOString(),
                kind: correcting.kind,
                region: correcting.region,
                observedAtLocal: toLocalInput(correcting.observedAt, tz),
              }
            : null
        }
      />
      <h2>{t("admin.initiative.observationsTitle")}</h2>
      <ObservationsTable
        observations={await listObservations(actor, i.id, 50)}
        locale={locale}
        t={t}
        timeZone={tz}
        correctHref={`${base}/counts`}
      />
    </>
  );
}
