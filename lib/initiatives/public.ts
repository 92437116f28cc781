import "server-only";
// Cached public reads of initiatives, tagged for invalidation: what pages, the API and feeds render
// from. A view never queries the database while its entry is fresh; every write invalidates the
// tags it touches (lib/cache/tags.ts) when it commits.
import { cache } from "react";
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { countInitiatives, homeSections, LIST_COUNT_CAP, listInitiatives } from "./list";
import { findInitiativeStatus } from "./queries";
import type { TListQuery } from "./schemas";

// One read per request: the status page's metadata and body both ask for it, and unstable_cache
// does not join concurrent misses (a first render read a 1,000,000-observation series twice).
export const cachedInitiativeStatus = cache((slug: string) =>
  cachedRead(["initiative-status", slug], [TAGS.initiative(slug)], () => findInitiativeStatus(slug)),
);
// The count is the same for every page and order of a query: cached once for all of them, so a
// later page (rendered per request) reads only its rows.
const cachedInitiativeCount = (query: TListQuery) => {
  const { cursor: _cursor, sort: _sort, limit: _limit, ...filters } = query;
  return cachedRead(["initiative-count", filters], [TAGS.initiatives], () => countInitiatives(filters));
};
// Read before the list's own cache, not inside it: Next runs an unstable_cache called inside
// another one without caching it (every later page counted again: measured, one count per request).
export const cachedInitiativeList = async (query: TListQuery) => {
  const counted = await cachedInitiativeCount(query);
  return cachedRead(["initiative-list", query, counted], [TAGS.initiatives], () =>
    listInitiatives(query, new Date(), LIST_COUNT_CAP, counted),
  );
};
export const cachedHomeSections = () => cachedRead(["home-sections"], [TAGS.initiatives], () => homeSections());
