import "server-only";
// Which initiatives are withdrawn, for proxy.ts to answer 410 Gone on their pages. Kept in memory
// per process and reloaded only after a write invalidates the initiative lists (the cache tag bus),
// so this never costs a database query per view. Like the page cache (lib/cache/handler.js) it
// never forgets on a fault: while the database is away the last list loaded is kept, and one
// reload at a time refreshes it.
import { tagBus } from "@/lib/cache/tag-bus.js";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { databaseDown, reportDbUnavailable } from "@/lib/db-health.js";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";

const KEY = Symbol.for("threshold.withdrawn");
type State = { slugs: Set<string>; loadedAt: number; loading?: Promise<Set<string>> };

function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  g[KEY] ??= { slugs: new Set(), loadedAt: 0 };
  return g[KEY];
}

const MAX_AGE_MS = 5 * 60_000;

export async function withdrawnSlugs(): Promise<Set<string>> {
  const s = state();
  const bus = tagBus();
  bus.start();
  const fresh = s.loadedAt > 0 && Date.now() - s.loadedAt < MAX_AGE_MS && !bus.isStale([TAGS.initiatives], s.loadedAt);
  if (fresh || (s.loadedAt > 0 && databaseDown())) return s.slugs;
  s.loading ??= (async () => {
    const startedAt = Date.now();
    try {
      const rows = await db().initiative.findMany({ where: { withdrawnAt: { not: null } }, select: { slug: true } });
      s.slugs = new Set(rows.map((r) => r.slug));
      s.loadedAt = startedAt;
      return s.slugs;
    } catch (e) {
      if (isDatabaseUnavailable(e)) reportDbUnavailable();
      // The last good list, if there is one.
      if (s.loadedAt > 0) return s.slugs;
      throw e;
    } finally {
      s.loading = undefined;
    }
  })();
  return s.loading;
}
