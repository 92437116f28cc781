import "server-only";
// Which initiatives are withdrawn, for proxy.ts to answer 410 Gone on their pages. Kept in memory
// per process and reloaded only after a write invalidates the initiative lists (the cache tag bus),
// so this never costs a database query per view.
import { tagBus } from "@/lib/cache/tag-bus.js";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";

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
  if (fresh) return s.slugs;
  s.loading ??= (async () => {
    const startedAt = Date.now();
    try {
      const rows = await db().initiative.findMany({ where: { withdrawnAt: { not: null } }, select: { slug: true } });
      s.slugs = new Set(rows.map((r) => r.slug));
      s.loadedAt = startedAt;
      return s.slugs;
    } finally {
      s.loading = undefined;
    }
  })();
  return s.loading;
}
