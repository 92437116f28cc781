// GET /admin/imports/[source] - one official source's synced resources, page by page (admins only).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findImportState, listImportSources, listImportStates } from "@/lib/importers/queries";
import { ZImportSource, ZImportsQuery } from "@/lib/importers/schemas";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { SourceSection } from "../_components/source-section";
import { SyncNotice } from "../_components/sync-notice";
import { adminPage } from "../../_components/admin-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; source: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  const source = ZImportSource.safeParse((await params).source);
  return {
    title: source.success ? `${t(`imports.sources.${source.data}`)} – ${t("imports.title")}` : t("imports.title"),
    robots: { index: false },
  };
}

export default async function ImportSourcePage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const source = ZImportSource.safeParse((await params).source);
  if (!source.success) notFound();
  const query = ZImportsQuery.parse(await searchParams);
  const summary = (await listImportSources(actor)).find((s) => s.source === source.data);
  const list = await listImportStates(actor, source.data, { page: query.page });
  const synced = query.synced ? await findImportState(actor, query.synced) : null;
  if (!summary) notFound();
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) => `${localePath(locale, `/admin/imports/${source.data}`)}?page=${page}`;
  return (
    <>
      <p>
        <a href={localePath(locale, "/admin/imports")}>{t("imports.backToSources")}</a>
      </p>
      <SyncNotice t={t} synced={synced} requested={query.requested ? { count: query.n ?? 0 } : undefined} />
      <SourceSection summary={summary} rows={list.rows} total={list.total} locale={locale} t={t} view="source" heading={1} />
      {pages > 1 ? (
        <nav aria-label={t("imports.pageOf", { page: list.page, pages })}>
          <p>
            {list.page > 1 ? <a href={pageHref(list.page - 1)}>{t("imports.previous")}</a> : null}{" "}
            {t("imports.pageOf", { page: list.page, pages })}{" "}
            {list.page < pages ? <a href={pageHref(list.page + 1)}>{t("imports.next")}</a> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
