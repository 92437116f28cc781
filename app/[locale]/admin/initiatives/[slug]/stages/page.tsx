// GET /admin/initiatives/[slug]/stages - record the initiative's next stage (only those its rules allow).
import { Loc } from "@/app/_components/loc";
import { toLocalInput } from "@/lib/http/zoned";
import { localizedText } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/translator";
import { findStage } from "@/lib/rules/stages";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { BackLink } from "../../../_components/back-link";
import { StageForm } from "./stage-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function StagesPage({ params }: Props) {
  const { locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(params);
  const tz = i.parsedRules.timeZone;
  const current = findStage(i.parsedRules, i.currentStage);
  return (
    <>
      <BackLink locale={locale} href={`/admin/initiatives/${i.slug}`}>
        {t("admin.initiative.back")}
      </BackLink>
      <span className="caption">
        <Loc value={i.title} locale={locale} />
      </span>
      <h1>{t("admin.stages.title")}</h1>
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
