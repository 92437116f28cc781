// react-query options for the live counter (client islands): the key and the fetch in one place.
import { queryOptions } from "@tanstack/react-query";
import type { TLiveCount } from "./dto";

export function liveCountQuery(slug: string, pollSeconds: number) {
  return queryOptions({
    queryKey: ["initiative", slug, "count"] as const,
    queryFn: async (): Promise<TLiveCount> => {
      const response = await fetch(`/api/v1/initiatives/${encodeURIComponent(slug)}/count`);
      if (!response.ok) throw new Error(`Count request failed: ${response.status}`);
      return (await response.json()) as TLiveCount;
    },
    // Never faster than the response may be cached; paused while the tab is in the background.
    refetchInterval: Math.max(15, pollSeconds) * 1000,
    refetchIntervalInBackground: false,
    staleTime: Math.max(15, pollSeconds) * 1000,
  });
}
