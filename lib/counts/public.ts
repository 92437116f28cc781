import "server-only";
// Cached count reads for the open-data API and the live counter.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import type { TCountsQuery } from "./schemas";
import { findCountSeries } from "./series";

export const cachedCountSeries = (slug: string, query: TCountsQuery) =>
  cachedRead(["count-series", slug, query], [TAGS.initiative(slug)], () => findCountSeries(slug, query));
