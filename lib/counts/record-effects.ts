// What recording counts causes besides the rows themselves, as pure functions of what was
// stored: data-quality flags for the new observations, and the threshold and milestone events
// followers hear about.
import type { DomainEventInput } from "@/lib/events/emit-event";
import { crossedMilestones, crossedThresholds } from "@/lib/rules/progress";
import type { TRules } from "@/lib/rules/schemas";
import { growthPerDaySorted, lastIndexAtOrBefore, type SeriesPoint } from "@/lib/series/growth";
import { flagsForObservation, regionMismatch, type QualityFlag } from "./quality";
import { milestoneEvent, thresholdReachedEvent, type EventInitiative } from "./threshold-events";

export type HeadlinePoint = { id: string; value: number; observedAt: Date; source: string };

type Created = { id: string; value: number; kind: string; region: string; observedAt: Date; supersedesId: string | null };

export function computeFlags(
  created: Created[],
  series: HeadlinePoint[],
  rules: TRules,
  latestBefore: { value: number; observedAt: Date } | null,
): (QualityFlag & { observationId: string })[] {
  const out: (QualityFlag & { observationId: string })[] = [];
  const totals = created
    .filter((c) => c.kind === "TOTAL" && c.region === "" && !c.supersedesId)
    .sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  let previous = latestBefore;
  const points: SeriesPoint[] = series.map((p) => ({ at: p.observedAt, value: p.value }));
  for (const row of totals) {
    // Growth from the points strictly before this row (the series is sorted by time).
    const prior = lastIndexAtOrBefore(points, row.observedAt.getTime() - 1) + 1;
    for (const f of flagsForObservation(row, previous, growthPerDaySorted(points, 7, prior))) out.push({ ...f, observationId: row.id });
    if (!previous || row.observedAt.getTime() >= previous.observedAt.getTime()) previous = row;
  }
  // A backfill of history (older than what is stored) is one note, not one per row.
  const late = out.filter((f) => f.code === "out-of-order");
  if (late.length > 1) {
    const first = late[0] as (typeof late)[number];
    const rows = totals.filter((t) => late.some((f) => f.observationId === t.id));
    out.splice(0, out.length, ...out.filter((f) => f.code !== "out-of-order"), {
      ...first,
      details: {
        ...first.details,
        observations: late.length,
        from: (rows[0] as Created).observedAt.toISOString(),
        to: (rows[rows.length - 1] as Created).observedAt.toISOString(),
      },
    });
  }
  const regional = created.filter((c) => c.kind === "TOTAL" && c.region !== "");
  for (const total of totals) {
    const same = regional.filter((r) => r.observedAt.getTime() === total.observedAt.getTime());
    if (same.length === 0) continue;
    for (const f of regionMismatch(total.value, same, rules.regions.codes)) out.push({ ...f, observationId: total.id });
  }
  return out;
}

export function thresholdEvents(
  initiative: EventInitiative,
  rules: TRules,
  before: number | null,
  latest: HeadlinePoint,
): DomainEventInput[] {
  if (before !== null && latest.value <= before) return [];
  const events: DomainEventInput[] = crossedThresholds(rules, "TOTAL", before, latest.value).map((t) =>
    thresholdReachedEvent(initiative, t, latest.observedAt, latest.value),
  );
  for (const m of crossedMilestones(rules, "TOTAL", before, latest.value)) {
    if (m.percent === 100) continue; // the same moment as THRESHOLD_REACHED
    events.push(milestoneEvent(initiative, m.threshold, m.percent, latest.observedAt, latest.value));
  }
  return events;
}
