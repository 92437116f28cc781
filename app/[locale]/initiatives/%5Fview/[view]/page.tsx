// GET /initiatives with no query or only facets (rewritten here by proxy.ts; the address stays
// /initiatives?...): the same list page, rendered once per view and change (ISR) and invalidated
// with the initiative lists' cache tag, like the status page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { facetsOfView } from "@/lib/initiatives/list-view";
import { localeFrom } from "@/lib/i18n/server";
import { ListPage } from "../../_components/list-page";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("browse.title"), description: t("browse.lead") };
}

export default async function InitiativesViewPage({ params }: Props) {
  const { locale } = await localeFrom(params);
  const facets = facetsOfView((await params).view);
  if (!facets) notFound();
  return <ListPage locale={locale} raw={facets} />;
}
