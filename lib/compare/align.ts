// Initiatives side by side: every count curve re-timed as days since its own opening, so two
// campaigns years apart start at day 0 together. Pure; the comparison page and its tests use it.
const DAY = 86_400_000;

export type Point = { observedAt: string; value: number };
export type AlignedPoint = { day: number; value: number };

/** Days since `openedAt` (fractional), for points at or after it; the first point when it is unknown. */
export function alignByDays(points: Point[], openedAt: string | null): AlignedPoint[] {
  const first = points[0];
  if (!first) return [];
  const start = Date.parse(openedAt ?? first.observedAt);
  return points
    .map((p) => ({ day: (Date.parse(p.observedAt) - start) / DAY, value: p.value }))
    .filter((p) => p.day >= 0)
    .sort((a, b) => a.day - b.day);
}

/** The first day the curve reached `target`, or null. Points are observations, so it is "by then". */
export function dayReached(curve: AlignedPoint[], target: number): number | null {
  return curve.find((p) => p.value >= target)?.day ?? null;
}

/** The count by day `day`: the last observation at or before it, or null before the first. */
export function valueOnDay(curve: AlignedPoint[], day: number): number | null {
  let value: number | null = null;
  for (const p of curve) {
    if (p.day > day) break;
    value = p.value;
  }
  return value;
}

/** Days between opening and another date (a deadline), or null. */
export function daysBetween(openedAt: string | null, at: string | null): number | null {
  return openedAt && at ? (Date.parse(at) - Date.parse(openedAt)) / DAY : null;
}

/** The checkpoints of the comparison table: a week, a month and so on, up to the longest curve. */
export function checkpoints(maxDay: number): number[] {
  const all = [1, 7, 30, 90, 180, 365, 730];
  const within = all.filter((d) => d <= maxDay);
  return within.length ? within : [1];
}

/**
 * Labels for horizontal lines at `ys` (screen coordinates, any order): moved apart so no two are
 * closer than `gap`, keeping their order and staying within [min, max]. Returns positions by index.
 */
export function spreadLabels(ys: number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  const overflow = (placed[placed.length - 1] ?? min) - max;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  }
  const result: number[] = [];
  order.forEach((o, k) => (result[o.i] = Math.max(min, placed[k] as number)));
  return result;
}
