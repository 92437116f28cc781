// Growth from a count series: signatures per day over the last week. Pure; the public functions
// take any list of (time, value) points, in any order, possibly irregular.
export type SeriesPoint = { at: Date; value: number };

export const DAY_MS = 86_400_000;

export function sortSeries(series: SeriesPoint[]): SeriesPoint[] {
  return [...series].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Index of the last point at or before `t` in a sorted series (its first `length` points), or -1. */
export function lastIndexAtOrBefore(sorted: SeriesPoint[], t: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as SeriesPoint).at.getTime() <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The value a sorted series (its first `length` points) had at `t`, by linear interpolation (null before the first point). */
export function valueAtSorted(sorted: SeriesPoint[], t: number, length = sorted.length): number | null {
  const i = lastIndexAtOrBefore(sorted, t, length);
  if (i < 0) return null;
  const p = sorted[i] as SeriesPoint;
  const q = i + 1 < length ? sorted[i + 1] : undefined;
  if (!q || p.at.getTime() === t) return p.value;
  const f = (t - p.at.getTime()) / (q.at.getTime() - p.at.getTime());
  return p.value + f * (q.value - p.value);
}

export function valueAt(series: SeriesPoint[], at: Date): number | null {
  return valueAtSorted(sortSeries(series), at.getTime());
}

/**
 * Average signatures per day over the `days` days up to the last point of a sorted series (its
 * first `length` points). When the series is shorter, the average over what there is: at least six
 * hours of data, else null.
 */
export function growthPerDaySorted(sorted: SeriesPoint[], days = 7, length = sorted.length): number | null {
  if (length < 2) return null;
  const last = sorted[length - 1] as SeriesPoint;
  const first = sorted[0] as SeriesPoint;
  const from = Math.max(first.at.getTime(), last.at.getTime() - days * DAY_MS);
  const spanDays = (last.at.getTime() - from) / DAY_MS;
  if (spanDays < 0.25) return null;
  // Bounded, not sliced: record-counts calls this once per new count of a long series.
  const start = valueAtSorted(sorted, from, length) as number;
  return (last.value - start) / spanDays;
}

export function growthPerDay(series: SeriesPoint[], days = 7): number | null {
  return growthPerDaySorted(sortSeries(series), days);
}
