// GET /admin/initiatives/[slug]/counts/bulk - upload counts from a CSV file: preview, then all or nothing.
import { Loc } from "@/app/_components/loc";
import { adminInitiative, adminPage } from "../../../../_components/admin-page";
import { BackLink } from "../../../../_components/back-link";
import { BulkCountsForm } from "./bulk-counts-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function BulkCountsPage({ params }: Props) {
  const { locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(params);
  return (
    <>
      <BackLink locale={locale} href={`/admin/initiatives/${i.slug}`}>
        {t("admin.initiative.back")}
      </BackLink>
      <span className="caption">
        <Loc value={i.title} locale={locale} />
      </span>
      <h1>{t("admin.bulk.title")}</h1>
      <p>{t("admin.bulk.intro")}</p>
      <pre className="code-sample">
        {"value,observedAt,kind,region,sourceUrl,note\n51234,2026-01-06T10:00:00Z,TOTAL,,https://example.org/count,Weekly figure"}
      </pre>
      <p className="small muted">{t("admin.bulk.timesHint", { zone: i.parsedRules.timeZone })}</p>
      <BulkCountsForm locale={locale} slug={i.slug} />
    </>
  );
}
