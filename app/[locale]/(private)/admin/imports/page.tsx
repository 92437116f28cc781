// GET /admin/imports - every official source: last sync, results, errors and "sync now" (admins only).
import type { Metadata } from "next";
import { findImportState, listImportSources, listImportStates } from "@/lib/importers/queries";
import { ZImportsQuery } from "@/lib/importers/schemas";
import { localeFrom } from "@/lib/i18n/server";
import { adminPage } from "../_components/admin-page";
import { SourceSection } from "./_components/source-section";
import { SyncNotice } from "./_components/sync-notice";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("imports.title"), robots: { index: false } };
}

export default async function ImportsPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const query = ZImportsQuery.parse(await searchParams);
  const sources = await listImportSources(actor);
  const tables = await Promise.all(sources.map((s) => listImportStates(actor, s.source, { pageSize: 10 })));
  const synced = query.synced ? await findImportState(actor, query.synced) : null;
  return (
    <>
      <h1>{t("imports.title")}</h1>
      <p className="lead">{t("imports.intro")}</p>
      <SyncNotice t={t} synced={synced} requested={query.requested ? { count: query.n ?? 0 } : undefined} />
      {sources.map((summary, i) => (
        <SourceSection
          key={summary.source}
          summary={summary}
          rows={tables[i]?.rows ?? []}
          total={tables[i]?.total ?? 0}
          locale={locale}
          t={t}
          view="overview"
          heading={2}
        />
      ))}
      <p className="small muted">{t("imports.manualImport", { command: "npm run import -- <uk|eci|fi> <file-or-url>" })}</p>
    </>
  );
}
