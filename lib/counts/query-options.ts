// react-query options for the live counter (client islands): the key and the fetch in one place.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/net/fetch-json";
import type { TLiveCount } from "./dto";

export function liveCountQuery(slug: string, pollSeconds: number) {
  return queryOptions({
    queryKey: ["initiative", slug, "count"] as const,
    queryFn: () => fetchJson<TLiveCount>(`/api/v1/initiatives/${encodeURIComponent(slug)}/count`, "Count request"),
    // Never faster than the response may be cached; paused while the tab is in the background.
    refetchInterval: Math.max(15, pollSeconds) * 1000,
    refetchIntervalInBackground: false,
    staleTime: Math.max(15, pollSeconds) * 1000,
  });
}
