import "server-only";
// The one way public reads are cached: unstable_cache with our tags and an upper bound on age.
// Results must be JSON-safe (the cache stores JSON), which the DTOs are.
import { unstable_cache } from "next/cache";

/** Upper bound on the age of a cached read; writes invalidate sooner. Also refreshes "days left". */
export const PUBLIC_REVALIDATE_SECONDS = 300;

export function cachedRead<T>(key: unknown[], tags: string[], read: () => Promise<T>): Promise<T> {
  return unstable_cache(
    read,
    key.map((k) => (typeof k === "string" ? k : JSON.stringify(k))),
    { tags, revalidate: PUBLIC_REVALIDATE_SECONDS },
  )();
}
