// Cache tags, in one place: public reads tag their cache entries with these, and writes publish the
// same tags when they commit (lib/cache/invalidate.ts), so a page never outlives its data.
export const TAGS = {
  initiative: (slug: string) => `initiative:${slug}`,
  initiatives: "initiatives", // lists, search, home, feeds, CSV
  topic: (slug: string) => `topic:${slug}`,
  topics: "topics",
  jurisdiction: (code: string) => `jurisdiction:${code}`,
  jurisdictions: "jurisdictions",
  scheme: (code: string) => `scheme:${code}`,
} as const;

/** Everything that shows an initiative: its own pages, lists, and its topics' and jurisdiction's pages. */
export function tagsForInitiative(i: { slug: string; jurisdictionCode: string; schemeCode: string; topicSlugs: string[] }): string[] {
  return [
    TAGS.initiative(i.slug),
    TAGS.initiatives,
    TAGS.jurisdiction(i.jurisdictionCode),
    TAGS.scheme(i.schemeCode),
    ...i.topicSlugs.map(TAGS.topic),
  ];
}
