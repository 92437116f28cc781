// GET /compare?i=<slug>&i=<slug> - up to five initiatives' count curves aligned by days since each
// opened, with their thresholds and deadlines, as one chart and tables. A shareable URL; no
// JavaScript needed; reads only cached statuses.
import type { Metadata } from "next";
import { ZCompareQuery } from "@/lib/compare/schemas";
import { compareInitiatives } from "@/lib/compare/queries";
import { issuesFromZod, issueText } from "@/lib/errors/issues";
import { localeFrom } from "@/lib/i18n/server";
import { CompareChart } from "./_components/compare-chart";
import { CheckpointTable, CompareTable } from "./_components/compare-tables";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("pictures.compareTitle"), description: t("pictures.compareLead") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const parsed = ZCompareQuery.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <h1>{t("pictures.compareTitle")}</h1>
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t("pictures.compareErrorTitle")}</h2>
          <ul>
            {issuesFromZod(parsed.error.issues).map((i) => (
              <li key={`${i.path}-${i.code}`}>{issueText(i, t)}</li>
            ))}
          </ul>
        </div>
      </>
    );
  }
  const { initiatives, missing } = await compareInitiatives(parsed.data.i);
  return (
    <>
      <h1>{t("pictures.compareTitle")}</h1>
      <p className="lead">{t("pictures.compareLead")}</p>
      {missing.length ? <p className="notice">{t("pictures.compareMissing", { slugs: missing.join(", ") })}</p> : null}
      {initiatives.length ? (
        <>
          <CompareChart initiatives={initiatives} locale={locale} t={t} />
          <CompareTable initiatives={initiatives} locale={locale} t={t} />
          <CheckpointTable initiatives={initiatives} locale={locale} t={t} />
        </>
      ) : (
        <p>{t("pictures.compareEmpty")}</p>
      )}
    </>
  );
}
