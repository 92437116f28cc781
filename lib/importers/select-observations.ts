// Which imported counts to store, given what is stored already. Pure. Same (kind, region, time)
// and same value: nothing. Same key, another value: a correction that supersedes the stored row
// (observations are append-only). Snapshots also skip a count equal to the latest one before it.
import type { TObservation } from "@/lib/counts/schemas";
import type { CountMode } from "./plan";

export type StoredPoint = { id: string; kind: string; region: string; observedAt: Date; value: number };

export type Selection = {
  add: TObservation[];
  corrections: (TObservation & { supersedesId: string; correctionReason: string })[];
  unchanged: number;
};

const seriesKey = (o: { kind: string; region: string }) => `${o.kind}|${o.region}`;
const pointKey = (o: { kind: string; region: string; observedAt: Date }) => `${seriesKey(o)}|${o.observedAt.getTime()}`;

/**
 * `stored` must hold every stored (non-superseded) row at the incoming times and, for snapshots,
 * the latest stored row before each incoming time in each series.
 */
export function selectObservations(mode: CountMode, incoming: TObservation[], stored: StoredPoint[]): Selection {
  const exact = new Map(stored.map((s) => [pointKey(s), s]));
  const bySeries = new Map<string, StoredPoint[]>();
  for (const s of stored) {
    const list = bySeries.get(seriesKey(s)) ?? [];
    list.push(s);
    bySeries.set(seriesKey(s), list);
  }
  const latestBefore = (o: TObservation): { value: number; observedAt: Date } | undefined => {
    let best: StoredPoint | undefined;
    for (const s of bySeries.get(seriesKey(o)) ?? []) {
      if (s.observedAt < o.observedAt && (!best || s.observedAt > best.observedAt)) best = s;
    }
    return best;
  };

  const selection: Selection = { add: [], corrections: [], unchanged: 0 };
  const seen = new Set<string>();
  // Oldest first, so a snapshot with two times in one series compares the later with the earlier.
  const ordered = [...incoming].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  const accepted = new Map<string, { value: number; observedAt: Date }>();
  for (const o of ordered) {
    const key = pointKey(o);
    if (seen.has(key)) {
      selection.unchanged++;
      continue;
    }
    seen.add(key);
    const same = exact.get(key);
    if (same) {
      if (same.value === o.value) selection.unchanged++;
      else
        selection.corrections.push({
          ...o,
          supersedesId: same.id,
          correctionReason: `The source now gives ${o.value} for this time; it gave ${same.value} before.`,
        });
      continue;
    }
    if (mode === "snapshot") {
      const fromStore = latestBefore(o);
      const fromPlan = accepted.get(seriesKey(o));
      const previous = fromPlan && (!fromStore || fromPlan.observedAt > fromStore.observedAt) ? fromPlan : fromStore;
      if (previous && previous.value === o.value) {
        selection.unchanged++;
        continue;
      }
      accepted.set(seriesKey(o), o);
    }
    selection.add.push(o);
  }
  return selection;
}
