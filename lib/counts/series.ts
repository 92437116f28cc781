import "server-only";
// Count series for the open-data API: by kind and region, within a time range, downsampled to a
// resolution. Corrected (superseded) observations are left out. Raw series are read as stored (at
// most MAX_SERIES_POINTS); hour, day and week are downsampled in PostgreSQL (lib/initiatives/history.ts),
// so a day-by-day view of a million observations reads a few hundred rows.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { lastPerBucket, rawPoints, seriesKeys, type HistoryPoint } from "@/lib/initiatives/history";
import type { TCountSeries } from "./dto";
import type { TCountsQuery } from "./schemas";

export const MAX_SERIES_POINTS = 100_000;

function tooMany(): AppError {
  return new AppError("BAD_REQUEST", {
    userMessage: `More than ${MAX_SERIES_POINTS} points: narrow the range or use a coarser resolution.`,
    issues: [fieldIssue("resolution", "tooManyPoints")],
  });
}

export async function findCountSeries(slug: string, query: TCountsQuery): Promise<TCountSeries | null> {
  const initiative = await db().initiative.findUnique({ where: { slug }, select: { id: true } });
  if (!initiative) return null;
  if (query.from && query.to && query.from > query.to) {
    throw new AppError("BAD_REQUEST", { issues: [fieldIssue("from", "fromAfterTo")] });
  }
  const regions = query.region === undefined ? [""] : query.region === "*" ? undefined : query.region.split(",").map((r) => r.trim());
  const keys = (await seriesKeys(initiative.id)).filter(
    (k) => (!query.kind || query.kind.includes(k.kind)) && (!regions || regions.includes(k.region)),
  );
  const range = { from: query.from, to: query.to };
  const series: TCountSeries["series"] = [];
  let budget = MAX_SERIES_POINTS;
  for (const key of keys) {
    const points: HistoryPoint[] =
      query.resolution === "raw"
        ? await rawPoints({ initiativeId: initiative.id, ...key }, range, budget + 1)
        : await lastPerBucket({ initiativeId: initiative.id, ...key }, query.resolution, { range, limit: budget + 1 });
    budget -= points.length;
    if (budget < 0) throw tooMany();
    if (points.length === 0) continue;
    series.push({
      kind: key.kind,
      region: key.region,
      points: points.map((p) => ({ observedAt: p.observedAt.toISOString(), value: p.value, source: p.source, sourceUrl: p.sourceUrl })),
    });
  }
  return { slug, resolution: query.resolution, series };
}
