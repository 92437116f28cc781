// Data-quality flags computed when counts are entered. They never block an entry: they are shown
// to admins, and publicly as a "data note" once an admin confirms them. Pure.
export type QualityFlag = { code: "decrease" | "jump" | "regions-mismatch" | "out-of-order"; details: Record<string, number | string> };

type Point = { value: number; observedAt: Date };

/** Flags for one new whole-initiative observation, given the latest one before it. */
export function flagsForObservation(next: Point, latestBefore: Point | null, recentGrowthPerDay: number | null): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (!latestBefore) return flags;
  if (next.observedAt.getTime() < latestBefore.observedAt.getTime()) {
    flags.push({ code: "out-of-order", details: { latestObservedAt: latestBefore.observedAt.toISOString() } });
    return flags;
  }
  const delta = next.value - latestBefore.value;
  if (delta < 0) flags.push({ code: "decrease", details: { from: latestBefore.value, to: next.value } });
  const days = Math.max((next.observedAt.getTime() - latestBefore.observedAt.getTime()) / 86_400_000, 1 / 24);
  const rate = delta / days;
  // A jump: at least 1,000 more, at ten times the recent daily growth or more.
  if (recentGrowthPerDay !== null && recentGrowthPerDay > 0 && delta >= 1000 && rate > 10 * recentGrowthPerDay) {
    flags.push({ code: "jump", details: { delta, perDay: Math.round(rate), recentPerDay: Math.round(recentGrowthPerDay) } });
  }
  return flags;
}

/**
 * Regions that do not add up: per namespace ("uk-con:", "uk-reg:", bare country codes), the sum of
 * regional counts may not exceed the total; where the rules list every region (ECI member
 * states), it must also come within 1 % of it.
 */
export function regionMismatch(total: number, regional: { region: string; value: number }[], exhaustiveCodes: string[]): QualityFlag[] {
  const sums = new Map<string, number>();
  for (const r of regional) {
    const ns = r.region.includes(":") ? r.region.slice(0, r.region.indexOf(":") + 1) : "country";
    sums.set(ns, (sums.get(ns) ?? 0) + r.value);
  }
  const flags: QualityFlag[] = [];
  for (const [ns, sum] of sums) {
    const exhaustive = ns === "country" && exhaustiveCodes.length > 0;
    const off = sum > total || (exhaustive && total > 0 && Math.abs(sum - total) / total > 0.01);
    if (off) flags.push({ code: "regions-mismatch", details: { namespace: ns, regionsSum: sum, total } });
  }
  return flags;
}
