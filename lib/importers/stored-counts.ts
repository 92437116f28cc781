import "server-only";
// The stored counts an import is compared with (see select-observations.ts): every
// non-superseded row between the first and last incoming time and, for snapshots, the latest row
// before that range in every series. Call with the initiative locked.
import type { Tx } from "@/lib/db";
import type { TObservation } from "@/lib/counts/schemas";
import type { CountMode } from "./plan";
import type { StoredPoint } from "./select-observations";

export async function storedCountsFor(tx: Tx, initiativeId: string, mode: CountMode, incoming: TObservation[]): Promise<StoredPoint[]> {
  if (incoming.length === 0) return [];
  const times = [...new Set(incoming.map((o) => o.observedAt.getTime()))].sort((a, b) => a - b);
  const first = new Date(times[0] as number);
  const last = new Date(times[times.length - 1] as number);
  const atTimes = await tx.countObservation.findMany({
    where: { initiativeId, observedAt: { gte: first, lte: last }, supersededBy: { is: null } },
    select: { id: true, kind: true, region: true, observedAt: true, value: true },
  });
  if (mode === "series") return atTimes;
  // The latest row before any incoming time is either in the range above or the latest before it.
  const before = await tx.$queryRaw<StoredPoint[]>`
    SELECT DISTINCT ON (kind, region) id, kind::text AS kind, region, value, "observedAt"
    FROM "CountObservation" c
    WHERE "initiativeId" = ${initiativeId} AND "observedAt" < ${first}
      AND NOT EXISTS (SELECT 1 FROM "CountObservation" c2 WHERE c2."supersedesId" = c.id)
    ORDER BY kind, region, "observedAt" DESC, "recordedAt" DESC`;
  return [...atTimes, ...before];
}
