// GET /initiatives - search, filters and sorts over every initiative, keyset-paginated. A plain
// GET form: works without JavaScript, and every result page has its own shareable URL. Rendered
// per request for searches and later pages; proxy.ts sends the default and facet-only lists to
// the cached ./%5Fview/[view] page instead.
import type { Metadata } from "next";
import { localeFrom } from "@/lib/i18n/server";
import { ListPage } from "./_components/list-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("browse.title"), description: t("browse.lead") };
}

export default async function InitiativesPage({ params, searchParams }: Props) {
  const { locale } = await localeFrom(params);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return <ListPage locale={locale} raw={raw} />;
}
