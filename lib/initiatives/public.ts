import "server-only";
// Cached public reads, tagged for invalidation: what pages, the API and feeds render from. A view
// never queries the database while its entry is fresh; every write invalidates the tags it
// touches (lib/cache/tags.ts) when it commits.
import { unstable_cache } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { findInitiativeStatus } from "./queries";
import { homeSections, listInitiatives } from "./list";
import type { TListQuery } from "./schemas";

/** Upper bound on the age of a cached read; writes invalidate sooner. Also refreshes "days left". */
export const PUBLIC_REVALIDATE_SECONDS = 300;

export function cachedInitiativeStatus(slug: string) {
  return unstable_cache(() => findInitiativeStatus(slug), ["initiative-status", slug], {
    tags: [TAGS.initiative(slug)],
    revalidate: PUBLIC_REVALIDATE_SECONDS,
  })();
}

export function cachedInitiativeList(query: TListQuery) {
  return unstable_cache(() => listInitiatives(query), ["initiative-list", JSON.stringify(query)], {
    tags: [TAGS.initiatives],
    revalidate: PUBLIC_REVALIDATE_SECONDS,
  })();
}

export function cachedHomeSections() {
  return unstable_cache(() => homeSections(), ["home-sections"], { tags: [TAGS.initiatives], revalidate: PUBLIC_REVALIDATE_SECONDS })();
}
