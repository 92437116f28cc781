// Downsampling a cumulative count series for charts and the counts API. Signature counts are
// running totals, so a bucket is represented by its last observation, with that observation's own
// time: every point shown is a real observation, never an average. Pure.
export const RESOLUTIONS = ["raw", "hour", "day", "week"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

const BUCKET_MS: Record<Exclude<Resolution, "raw">, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

export type TimedValue = { observedAt: Date; value: number };

export function downsample<T extends TimedValue>(series: T[], resolution: Resolution): T[] {
  const sorted = [...series].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  if (resolution === "raw") return sorted;
  const size = BUCKET_MS[resolution];
  const out: T[] = [];
  let bucket: number | null = null;
  for (const point of sorted) {
    const b = Math.floor(point.observedAt.getTime() / size);
    if (b === bucket) out[out.length - 1] = point;
    else {
      out.push(point);
      bucket = b;
    }
  }
  return out;
}

/** The finest resolution that keeps a series under `maxPoints` (for charts). */
export function resolutionFor(series: TimedValue[], maxPoints: number): Resolution {
  if (series.length <= maxPoints) return "raw";
  for (const r of ["hour", "day", "week"] as const) {
    if (downsample(series, r).length <= maxPoints) return r;
  }
  return "week";
}

/**
 * At most `max` items, evenly spread over the series, always keeping the first and the last (for a
 * chart's path, a sample table). Each item kept is one of the series', in order.
 */
export function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max < 1) return [];
  if (max === 1) return items.slice(-1);
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}
