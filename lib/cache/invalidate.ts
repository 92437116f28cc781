import "server-only";
// Publishing cache invalidations from inside a write transaction. PostgreSQL delivers a NOTIFY only
// when the transaction commits, to every listening server process (lib/cache/tag-bus.cjs), so
// pages are invalidated exactly when, and only if, the change is visible.
import type { Tx } from "@/lib/db";
import { tagsForInitiative } from "./tags";

export const CACHE_CHANNEL = "threshold_cache";

export async function invalidateOnCommit(tx: Tx, tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  // NOTIFY payloads are limited to 8000 bytes; split long tag lists.
  for (let i = 0; i < unique.length; i += 100) {
    await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${JSON.stringify({ tags: unique.slice(i, i + 100) })})`;
  }
}

/** Invalidates everything that shows this initiative (see tagsForInitiative). */
export async function invalidateInitiativeOnCommit(
  tx: Tx,
  initiative: { slug: string; jurisdiction: { code: string }; scheme: { code: string }; topics: { slug: string }[] },
): Promise<void> {
  await invalidateOnCommit(
    tx,
    tagsForInitiative({
      slug: initiative.slug,
      jurisdictionCode: initiative.jurisdiction.code,
      schemeCode: initiative.scheme.code,
      topicSlugs: initiative.topics.map((t) => t.slug),
    }),
  );
}
