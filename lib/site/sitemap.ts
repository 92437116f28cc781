import "server-only";
// Every public page for search engines, in the three languages with each page's alternates
// (hreflang). Cached under the tags of what it lists.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

export type SitemapEntry = { url: string; lastModified?: Date; alternates: { languages: Record<string, string> } };

const STATIC_PAGES = ["/", "/initiatives", "/jurisdictions", "/topics", "/developers", "/privacy"];

async function publicPaths(): Promise<{ path: string; lastModified?: string }[]> {
  const [initiatives, jurisdictions, schemes, topics] = await Promise.all([
    db().initiative.findMany({
      where: { withdrawnAt: null },
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        updatedAt: true,
        observations: { where: { region: { startsWith: "uk-con:" } }, take: 1, select: { id: true } },
      },
    }),
    db().jurisdiction.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
    db().scheme.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
    db().topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
  ]);
  return [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...initiatives.flatMap((i) => {
      const page = { path: `/initiatives/${i.slug}`, lastModified: i.updatedAt.toISOString() };
      return i.observations.length ? [page, { ...page, path: `${page.path}/map` }] : [page];
    }),
    ...jurisdictions.map((j) => ({ path: `/jurisdictions/${j.code}` })),
    ...schemes.map((s) => ({ path: `/schemes/${s.code}` })),
    ...topics.map((t) => ({ path: `/topics/${t.slug}`, lastModified: t.updatedAt.toISOString() })),
  ];
}

const cachedPublicPaths = () => cachedRead(["sitemap"], [TAGS.initiatives, TAGS.topics, TAGS.jurisdictions], publicPaths);

/** One entry per page and language, each naming the page in every language (and x-default). */
export async function sitemapEntries(baseUrl: string): Promise<SitemapEntry[]> {
  const abs = (path: string) => new URL(path, baseUrl).toString();
  const paths = await cachedPublicPaths();
  return paths.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries([...LOCALES.map((l) => [l, abs(localePath(l, path))]), ["x-default", abs(path)]]);
    return LOCALES.map((locale) => ({
      url: abs(localePath(locale, path)),
      ...(lastModified ? { lastModified: new Date(lastModified) } : {}),
      alternates: { languages },
    }));
  });
}
