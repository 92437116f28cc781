import "server-only";
// Count series downsampled inside PostgreSQL, so a series of a million observations costs what its
// few hundred points cost. A bucket (hour, day or 7 days, aligned on the Unix epoch like
// lib/series/downsample.ts) is shown by its last observation, with that observation's own time;
// corrected (superseded) observations are left out. The buckets are found by walking the index
// (initiativeId, kind, region, observedAt) backwards, one probe per bucket, so the work grows with
// the number of buckets that hold data, not with the number of observations.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCountKind } from "@/lib/rules/schemas";
import type { Resolution } from "@/lib/series/downsample";

export type SeriesKey = { initiativeId: string; kind: TCountKind; region: string };
export type Range = { from?: Date; to?: Date };
export type HistoryPoint = { observedAt: Date; value: number; source: string; sourceUrl: string | null };
export type Bucketed = Exclude<Resolution, "raw">;

export const BUCKET_SQL: Record<Bucketed, Prisma.Sql> = {
  hour: Prisma.sql`interval '1 hour'`,
  day: Prisma.sql`interval '1 day'`,
  week: Prisma.sql`interval '7 days'`,
};
const EPOCH = Prisma.sql`timestamp '1970-01-01'`;

function where(key: SeriesKey, range: Range): Prisma.Sql {
  const parts = [
    Prisma.sql`c."initiativeId" = ${key.initiativeId}`,
    Prisma.sql`c.kind = ${key.kind}::"CountKind"`,
    Prisma.sql`c.region = ${key.region}`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "CountObservation" s WHERE s."supersedesId" = c.id)`,
  ];
  if (range.from) parts.push(Prisma.sql`c."observedAt" >= ${range.from}::timestamp`);
  if (range.to) parts.push(Prisma.sql`c."observedAt" <= ${range.to}::timestamp`);
  return Prisma.join(parts, " AND ");
}

const columns = Prisma.sql`c."observedAt", c.value, c.source, c."sourceUrl"`;
const OLDEST = Prisma.sql`c."observedAt", c."recordedAt"`;
const NEWEST = Prisma.sql`c."observedAt" DESC, c."recordedAt" DESC`;

/** Every observation, oldest first, at most `limit`. */
export async function rawPoints(key: SeriesKey, range: Range = {}, limit = 100_000): Promise<HistoryPoint[]> {
  return db().$queryRaw<HistoryPoint[]>`
    SELECT ${columns} FROM "CountObservation" c WHERE ${where(key, range)}
    ORDER BY ${OLDEST} LIMIT ${limit}`;
}

/** How many observations there are, counting no further than `cap`. */
export async function countUpTo(key: SeriesKey, cap: number, range: Range = {}): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "CountObservation" c WHERE ${where(key, range)} LIMIT ${cap}) x`;
  return row?.n ?? 0;
}

/**
 * The last observation of each bucket that holds one, oldest first: at most `limit` buckets, the
 * newest ones. Walks back from the latest observation: the observation just before the start of
 * the current bucket is the last of the previous bucket with data, so each bucket costs one index
 * probe.
 */
export async function lastPerBucket(
  key: SeriesKey,
  resolution: Bucketed,
  options: { range?: Range; limit?: number } = {},
): Promise<HistoryPoint[]> {
  const w = where(key, options.range ?? {});
  const step = BUCKET_SQL[resolution];
  const limit = options.limit ?? 1_000_000;
  return db().$queryRaw<HistoryPoint[]>`
    WITH RECURSIVE walk AS (
      (SELECT ${columns}, 1 AS n FROM "CountObservation" c WHERE ${w} ORDER BY ${NEWEST} LIMIT 1)
      UNION ALL
      SELECT p.*, b.n + 1 FROM walk b CROSS JOIN LATERAL (
        SELECT ${columns} FROM "CountObservation" c
        WHERE ${w} AND c."observedAt" < date_bin(${step}, b."observedAt", ${EPOCH})
        ORDER BY ${NEWEST} LIMIT 1
      ) p
      WHERE b.n < ${limit}
    )
    SELECT "observedAt", value, source, "sourceUrl" FROM walk ORDER BY "observedAt"`;
}

/** The first observation at or over `target` from `after` (inclusive) up to `until` (inclusive). */
async function firstAtOrOver(key: SeriesKey, target: number, after: Date, until: Date): Promise<HistoryPoint | null> {
  const [row] = await db().$queryRaw<HistoryPoint[]>`
    SELECT ${columns} FROM "CountObservation" c
    WHERE ${where(key, { from: after, to: until })} AND c.value >= ${target}
    ORDER BY ${OLDEST} LIMIT 1`;
  return row ?? null;
}

const BUCKET_MS: Record<Bucketed, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

/**
 * A chart's series: every observation when there are at most `maxPoints`, otherwise the last of
 * each bucket at the finest resolution that keeps to `maxPoints` buckets (one whose buckets the
 * series spans more than four times `maxPoints` of is not tried). Also kept: the very first
 * observation and, for each target, where the series first reached it (the first observation at or
 * over the target inside the first bucket whose shown value is at or over it), so the line starts
 * where the data starts and crosses each threshold when it did. At most maxPoints + 1 + targets points.
 */
export async function chartSeries(
  key: SeriesKey,
  targets: number[],
  maxPoints: number,
): Promise<{ resolution: Resolution; points: HistoryPoint[] }> {
  if ((await countUpTo(key, maxPoints + 1)) <= maxPoints) return { resolution: "raw", points: await rawPoints(key) };
  const [first] = await rawPoints(key, {}, 1);
  const [newest] = await lastPerBucket(key, "hour", { limit: 1 });
  const spanMs = first && newest ? newest.observedAt.getTime() - first.observedAt.getTime() : 0;
  let resolution: Bucketed = "week";
  let points: HistoryPoint[] | null = null;
  for (const r of ["hour", "day"] as const) {
    const spanned = Math.floor(spanMs / BUCKET_MS[r]) + 2; // buckets the span touches, at most
    if (spanned <= maxPoints) {
      resolution = r;
      break;
    }
    // More buckets in the span than points: only a series with long gaps could still fit, and a
    // few times too many is as far as it is worth walking to find out.
    if (spanned > 4 * maxPoints) continue;
    const found = await lastPerBucket(key, r, { limit: maxPoints + 1 });
    if (found.length <= maxPoints) {
      resolution = r;
      points = found;
      break;
    }
  }
  points ??= await lastPerBucket(key, resolution);
  const extra: HistoryPoint[] = first ? [first] : [];
  for (const target of targets) {
    const shown = points.find((p) => p.value >= target);
    if (!shown) continue;
    const size = BUCKET_MS[resolution];
    const bucketStart = new Date(Math.floor(shown.observedAt.getTime() / size) * size);
    const crossing = await firstAtOrOver(key, target, bucketStart, shown.observedAt);
    if (crossing) extra.push(crossing);
  }
  const seen = new Set(points.map((p) => p.observedAt.getTime()));
  for (const p of extra) {
    if (!seen.has(p.observedAt.getTime())) {
      seen.add(p.observedAt.getTime());
      points.push(p);
    }
  }
  points.sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  return { resolution, points };
}

/**
 * The distinct (kind, region) series of an initiative, found by skipping through the index rather
 * than reading every observation.
 */
export async function seriesKeys(initiativeId: string): Promise<{ kind: TCountKind; region: string }[]> {
  return db().$queryRaw<{ kind: TCountKind; region: string }[]>`
    WITH RECURSIVE k AS (
      (SELECT c.kind, c.region FROM "CountObservation" c WHERE c."initiativeId" = ${initiativeId} ORDER BY c.kind, c.region LIMIT 1)
      UNION ALL
      SELECT n.kind, n.region FROM k CROSS JOIN LATERAL (
        SELECT c.kind, c.region FROM "CountObservation" c
        WHERE c."initiativeId" = ${initiativeId} AND (c.kind, c.region) > (k.kind, k.region)
        ORDER BY c.kind, c.region LIMIT 1) n
    )
    SELECT kind::text AS kind, region FROM k`;
}
