import "server-only";
// The choices offered by the list's filters: jurisdictions, schemes with their stages, topics,
// electoral terms.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { TLocalized } from "@/lib/i18n/locales";
import { termKey } from "@/lib/rules/term-key";
import { parseRuleDefinition } from "@/lib/rules/definition";

export type FilterOptions = {
  jurisdictions: { code: string; name: TLocalized }[];
  schemes: { code: string; name: TLocalized; stages: { code: string; label: TLocalized }[] }[];
  topics: { slug: string; name: TLocalized }[];
  /** Electoral terms, by their years ("2019-2023"), with the legislature's name. */
  terms: { key: string; body: TLocalized }[];
};

async function readFilterOptions(): Promise<FilterOptions> {
  const [jurisdictions, schemes, topics, terms] = await Promise.all([
    db().jurisdiction.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    db().scheme.findMany({
      orderBy: { code: "asc" },
      select: { code: true, name: true, ruleSets: { orderBy: { version: "desc" }, take: 1, select: { definition: true } } },
    }),
    db().topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
    db().electoralTerm.findMany({ orderBy: { startsOn: "desc" }, select: { startsOn: true, endsOn: true, body: true } }),
  ]);
  return {
    jurisdictions: jurisdictions.map((j) => ({ code: j.code, name: j.name as TLocalized })),
    schemes: schemes.map((s) => ({
      code: s.code,
      name: s.name as TLocalized,
      stages: s.ruleSets[0] ? parseRuleDefinition(s.ruleSets[0].definition).stages.map((st) => ({ code: st.code, label: st.label })) : [],
    })),
    topics: topics.map((t) => ({ slug: t.slug, name: t.name as TLocalized })),
    terms: terms.map((t) => ({ key: termKey(t), body: t.body as TLocalized })),
  };
}

export const cachedFilterOptions = () => cachedRead(["filter-options"], [TAGS.jurisdictions, TAGS.topics], readFilterOptions);
