// GET /admin/initiatives/[slug]/counts/bulk - upload counts from a CSV file: preview, then all or nothing.
import { adminInitiative, adminPage } from "../../../../_components/admin-page";
import { InitiativeHeading } from "../../../../_components/initiative-heading";
import { BulkCountsForm } from "./bulk-counts-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function BulkCountsPage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.bulk.title")}
      </InitiativeHeading>
      <p>{t("admin.bulk.intro")}</p>
      <pre className="code-sample">
        {"value,observedAt,kind,region,sourceUrl,note\n51234,2026-01-06T10:00:00Z,TOTAL,,https://example.org/count,Weekly figure"}
      </pre>
      <p className="small muted">{t("admin.bulk.timesHint", { zone: i.parsedRules.timeZone })}</p>
      <BulkCountsForm locale={locale} slug={i.slug} />
    </>
  );
}
