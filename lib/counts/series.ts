import "server-only";
// Count series for the open-data API: by kind and region, within a time range, downsampled to a
// resolution. Corrected (superseded) observations are left out.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { downsample } from "@/lib/series/downsample";
import type { TCountSeries } from "./dto";
import type { TCountsQuery } from "./schemas";

export const MAX_SERIES_POINTS = 100_000;

export async function findCountSeries(slug: string, query: TCountsQuery): Promise<TCountSeries | null> {
  const initiative = await db().initiative.findUnique({ where: { slug }, select: { id: true } });
  if (!initiative) return null;
  if (query.from && query.to && query.from > query.to) {
    throw new AppError("BAD_REQUEST", { issues: [fieldIssue("from", "fromAfterTo")] });
  }
  const regions = query.region === undefined ? [""] : query.region === "*" ? undefined : query.region.split(",").map((r) => r.trim());
  const rows = await db().countObservation.findMany({
    where: {
      initiativeId: initiative.id,
      supersededBy: { is: null },
      kind: query.kind ? { in: query.kind } : undefined,
      region: regions ? { in: regions } : undefined,
      observedAt: { gte: query.from, lte: query.to },
    },
    orderBy: [{ observedAt: "asc" }, { recordedAt: "asc" }],
    select: { kind: true, region: true, observedAt: true, value: true, source: true, sourceUrl: true },
    take: MAX_SERIES_POINTS + 1,
  });
  if (rows.length > MAX_SERIES_POINTS) {
    throw new AppError("BAD_REQUEST", {
      userMessage: `More than ${MAX_SERIES_POINTS} points: narrow the range or use a coarser resolution.`,
      issues: [fieldIssue("resolution", "tooManyPoints")],
    });
  }
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.kind}|${row.region}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return {
    slug,
    resolution: query.resolution,
    series: [...groups.values()].map((points) => ({
      kind: (points[0] as (typeof rows)[number]).kind,
      region: (points[0] as (typeof rows)[number]).region,
      points: downsample(points, query.resolution).map((p) => ({
        observedAt: p.observedAt.toISOString(),
        value: p.value,
        source: p.source,
        sourceUrl: p.sourceUrl,
      })),
    })),
  };
}
