import "server-only";
// Cached public reads of initiatives, tagged for invalidation: what pages, the API and feeds render
// from. A view never queries the database while its entry is fresh; every write invalidates the
// tags it touches (lib/cache/tags.ts) when it commits.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { homeSections, listInitiatives } from "./list";
import { findInitiativeStatus } from "./queries";
import type { TListQuery } from "./schemas";

export const cachedInitiativeStatus = (slug: string) =>
  cachedRead(["initiative-status", slug], [TAGS.initiative(slug)], () => findInitiativeStatus(slug));
export const cachedInitiativeList = (query: TListQuery) =>
  cachedRead(["initiative-list", query], [TAGS.initiatives], () => listInitiatives(query));
export const cachedHomeSections = () => cachedRead(["home-sections"], [TAGS.initiatives], () => homeSections());
