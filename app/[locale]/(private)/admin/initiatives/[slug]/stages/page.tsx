// GET /admin/initiatives/[slug]/stages - record the initiative's next stage (only those its rules allow).
import { toLocalInput } from "@/lib/schemas/zoned-time";
import { localizedText } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/translator";
import { findStage } from "@/lib/rules/stages";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { StageForm } from "./stage-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function StagesPage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  const tz = i.parsedRules.timeZone;
  const current = findStage(i.parsedRules, i.currentStage);
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.stages.title")}
      </InitiativeHeading>
      <p data-testid="current-stage">
        {t("admin.stages.current", {
          stage: localizedText(current?.label ?? { en: i.currentStage }, locale),
          date: formatDateTime(i.currentStageAt, locale, tz),
        })}
      </p>
      {i.nextStages.length ? (
        <StageForm
          locale={locale}
          slug={i.slug}
          version={i.version}
          timeZone={tz}
          now={toLocalInput(new Date(), tz)}
          stages={i.nextStages.map((s) => ({ code: s.code, label: localizedText(s.label, locale) }))}
        />
      ) : (
        <p>{t("admin.stages.none")}</p>
      )}
    </>
  );
}
