import "server-only";
// The one way public reads are cached: unstable_cache with our tags and an upper bound on age.
// Results must be JSON-safe (the cache stores JSON), which the DTOs are.
import { unstable_cache } from "next/cache";
import { asPublicRead } from "@/lib/db";
import { reportDbUnavailable } from "@/lib/db-health.js";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";

/** Upper bound on the age of a cached read; writes invalidate sooner. Also refreshes "days left". */
export const PUBLIC_REVALIDATE_SECONDS = 300;

export function cachedRead<T>(key: unknown[], tags: string[], read: () => Promise<T>): Promise<T> {
  // A read that fails because the database is away says so (lib/db-health.js): the cache then
  // serves the last good version of every page instead of rendering them against no database.
  const reporting = () =>
    asPublicRead(read).catch((e: unknown) => {
      if (isDatabaseUnavailable(e)) reportDbUnavailable();
      throw e;
    });
  return unstable_cache(
    reporting,
    key.map((k) => (typeof k === "string" ? k : JSON.stringify(k))),
    { tags, revalidate: PUBLIC_REVALIDATE_SECONDS },
  )();
}
