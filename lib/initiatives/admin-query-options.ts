// react-query keys and fetchers for the admin console's initiatives table (a client island that
// refetches as the filter changes). Isomorphic: the server page passes its first page as initial data.
import { queryOptions } from "@tanstack/react-query";
import type { TAdminInitiativeRow } from "./admin-queries";
import type { TAdminInitiativeFilter } from "./schemas";

export function adminInitiativesQuery(filter: TAdminInitiativeFilter) {
  return queryOptions({
    queryKey: ["admin", "initiatives", filter] as const,
    queryFn: async ({ signal }): Promise<TAdminInitiativeRow[]> => {
      const params = new URLSearchParams();
      if (filter.q) params.set("q", filter.q);
      if (filter.flags !== "any") params.set("flags", filter.flags);
      if (filter.withdrawn !== "include") params.set("withdrawn", filter.withdrawn);
      const response = await fetch(`/api/admin/initiatives?${params.toString()}`, { signal, headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ((await response.json()) as { items: TAdminInitiativeRow[] }).items;
    },
  });
}
