// Which list addresses can be served from the page cache: the default list and lists that only
// pick facets (jurisdiction, scheme, stage, topic, status, sort) are the same for everyone and few,
// so proxy.ts rewrites them to one cached page per canonical "view"; a free-text search, a later
// page (cursor) or anything else stays rendered per request. Pure: imported by proxy.ts.

export const FACET_KEYS = ["jurisdiction", "scheme", "stage", "topic", "status", "sort"] as const;
type FacetKey = (typeof FACET_KEYS)[number];

/** The view of the default list, without any facet. */
export const DEFAULT_VIEW = "all";

// Facet values are codes and slugs; "." and "_" separate the view's parts and cannot occur in them.
const VALUE = /^[a-z0-9-]{1,80}$/;
const isFacet = (key: string): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key);

/** The canonical view of a list query ("jurisdiction.fi_status.open"), or null when it must render per request. */
export function facetView(search: URLSearchParams): string | null {
  const facets = new Map<FacetKey, string>();
  for (const [key, raw] of search) {
    const value = raw.trim();
    if (value === "") continue; // an empty field of the GET form picks nothing
    if (!isFacet(key) || facets.has(key) || !VALUE.test(value)) return null;
    facets.set(key, value);
  }
  if (!facets.size) return DEFAULT_VIEW;
  return FACET_KEYS.filter((k) => facets.has(k))
    .map((k) => `${k}.${facets.get(k)}`)
    .join("_");
}

/** The facets a canonical view stands for, or null when it is not one (an address typed by hand). */
export function facetsOfView(view: string): Partial<Record<FacetKey, string>> | null {
  if (view === DEFAULT_VIEW) return {};
  const facets: Partial<Record<FacetKey, string>> = {};
  for (const part of view.split("_")) {
    const [key, value, extra] = part.split(".");
    if (extra !== undefined || !key || !isFacet(key) || !value || !VALUE.test(value) || facets[key]) return null;
    facets[key] = value;
  }
  return facetView(new URLSearchParams(facets)) === view ? facets : null;
}
