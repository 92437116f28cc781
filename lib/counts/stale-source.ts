// The "stale source" data-quality flag: the source of an initiative's count has not been updated
// for much longer than its usual rhythm. Unlike the other flags it cannot be computed when a count
// is entered (it is about counts that do NOT arrive), so it is evaluated, by this pure function,
// whenever an admin views the initiative; reviewing it stores a DataQualityFlag row.
export const STALE_FACTOR = 3;
export const STALE_MINIMUM_MS = 6 * 3_600_000;
const MIN_INTERVALS = 2;
const RECENT = 20;

export type StaleSource = {
  source: string;
  lastObservedAt: Date;
  /** The median time between this source's recent updates. */
  usualIntervalMs: number;
  silentForMs: number;
};

/**
 * `points`: an initiative's whole-initiative totals (any order). Stale when the initiative is still
 * collecting and its latest source has been silent for more than STALE_FACTOR times its median
 * interval (and at least STALE_MINIMUM_MS). Null when there is too little history to know a rhythm.
 */
export function staleSource(points: { observedAt: Date; source: string }[], now: Date, collecting: boolean): StaleSource | null {
  if (!collecting || points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  const last = sorted[sorted.length - 1] as { observedAt: Date; source: string };
  const times = [...new Set(sorted.filter((p) => p.source === last.source).map((p) => p.observedAt.getTime()))].slice(-RECENT);
  if (times.length < MIN_INTERVALS + 1) return null;
  const intervals = times.slice(1).map((t, i) => t - (times[i] as number));
  const usualIntervalMs = median(intervals);
  const silentForMs = now.getTime() - last.observedAt.getTime();
  if (silentForMs <= Math.max(STALE_FACTOR * usualIntervalMs, STALE_MINIMUM_MS)) return null;
  return { source: last.source, lastObservedAt: last.observedAt, usualIntervalMs, silentForMs };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
