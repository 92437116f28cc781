// Threshold evaluation: given an initiative's rules and its latest counts, how far is it toward each
// threshold, and does it meet the scheme's success rule (ECI: 1,000,000 AND 7 member states over
// their minimum)? Pure: no clock, no database.
import type { TCountKind, TResolvedThreshold, TRules } from "./schemas";

export type CountPoint = { value: number; observedAt: Date; source: string };

export type CountsByKindAndRegion = {
  /** Latest value per kind for the whole initiative. */
  total: Partial<Record<TCountKind, CountPoint>>;
  /** Latest value per region (TOTAL kind). */
  byRegion: Record<string, CountPoint>;
};

export type ThresholdProgress = {
  threshold: TResolvedThreshold;
  current: number | null;
  observedAt: Date | null;
  /** current / target, may exceed 1; 0 when nothing is known. */
  share: number;
  reached: boolean;
  remaining: number;
};

export type RegionQuorumProgress = {
  minRegions: number;
  regionsOver: number;
  met: boolean;
  regions: ThresholdProgress[];
};

export type ProgressReport = {
  /** Thresholds that apply to the whole initiative, lowest target first. */
  thresholds: ThresholdProgress[];
  quorum: RegionQuorumProgress | null;
  /** The lowest whole-initiative threshold not yet reached, if any. */
  next: ThresholdProgress | null;
  /** For rules with a "valid" threshold: met only when every part of the success rule is met. */
  valid: boolean | null;
};

function progressOf(threshold: TResolvedThreshold, point: CountPoint | undefined): ThresholdProgress {
  const current = point?.value ?? null;
  const value = current ?? 0;
  return {
    threshold,
    current,
    observedAt: point?.observedAt ?? null,
    share: value / threshold.target,
    reached: value >= threshold.target,
    remaining: Math.max(0, threshold.target - value),
  };
}

export function evaluateProgress(rules: TRules, counts: CountsByKindAndRegion): ProgressReport {
  const whole = rules.thresholds
    .filter((t) => t.meaning !== "regional-minimum")
    .sort((a, b) => a.target - b.target)
    .map((t) => progressOf(t, counts.total[t.kind]));

  let quorum: RegionQuorumProgress | null = null;
  if (rules.regionQuorum) {
    const regions = rules.thresholds
      .filter((t) => t.meaning === "regional-minimum" && t.region)
      .map((t) => progressOf(t, counts.byRegion[t.region as string]))
      .sort((a, b) => b.share - a.share || a.threshold.code.localeCompare(b.threshold.code));
    const regionsOver = regions.filter((r) => r.reached).length;
    quorum = { minRegions: rules.regionQuorum.minRegions, regionsOver, met: regionsOver >= rules.regionQuorum.minRegions, regions };
  }

  const validThresholds = whole.filter((p) => p.threshold.meaning === "valid");
  const valid = validThresholds.length === 0 ? null : validThresholds.every((p) => p.reached) && (quorum === null || quorum.met);

  return { thresholds: whole, quorum, next: whole.find((p) => !p.reached) ?? null, valid };
}

/** Whole-initiative thresholds crossed when a count moves from `before` to `after`. */
export function crossedThresholds(rules: TRules, kind: TCountKind, before: number | null, after: number): TResolvedThreshold[] {
  const from = before ?? 0;
  return rules.thresholds
    .filter((t) => t.meaning !== "regional-minimum" && t.kind === kind)
    .filter((t) => from < t.target && after >= t.target)
    .sort((a, b) => a.target - b.target);
}

export const MILESTONES = [25, 50, 75, 100] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * Progress milestones (25/50/75/100 % of the next threshold) crossed by a count change. Measured
 * against the lowest threshold that was still unmet before the change.
 */
export function crossedMilestones(
  rules: TRules,
  kind: TCountKind,
  before: number | null,
  after: number,
): { threshold: TResolvedThreshold; percent: Milestone }[] {
  const from = before ?? 0;
  const target = rules.thresholds
    .filter((t) => t.meaning !== "regional-minimum" && t.kind === kind && from < t.target)
    .sort((a, b) => a.target - b.target)[0];
  if (!target) return [];
  return MILESTONES.filter((m) => {
    const mark = (target.target * m) / 100;
    return from < mark && after >= mark;
  }).map((percent) => ({ threshold: target, percent }));
}
