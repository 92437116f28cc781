// The stage ladder: which stage may follow which, and how the ladder reads for one initiative.
// Pure. Commands call assertTransition before writing a StageEvent.
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import type { TRules, TStage } from "./schemas";
import type { StageEntry } from "./deadlines";

export function findStage(rules: Pick<TRules, "stages">, code: string): TStage | undefined {
  return rules.stages.find((s) => s.code === code);
}

export function allowedNextStages(rules: Pick<TRules, "stages">, from: string): TStage[] {
  const stage = findStage(rules, from);
  if (!stage || stage.terminal) return [];
  return stage.next.map((code) => findStage(rules, code)).filter((s): s is TStage => Boolean(s));
}

export function canTransition(rules: Pick<TRules, "stages">, from: string, to: string): boolean {
  return allowedNextStages(rules, from).some((s) => s.code === to);
}

export function assertTransition(rules: Pick<TRules, "stages">, from: string, to: string): void {
  if (!findStage(rules, to)) {
    throw new AppError("INVALID_INPUT", {
      userMessage: `"${to}" is not a stage of this initiative's rules.`,
      issues: [fieldIssue("stage", "unknown")],
    });
  }
  if (!canTransition(rules, from, to)) {
    const allowed = allowedNextStages(rules, from).map((s) => s.code);
    throw new AppError("INVALID_INPUT", {
      userMessage: allowed.length
        ? `An initiative at stage "${from}" can only move to: ${allowed.join(", ")}.`
        : `An initiative at stage "${from}" cannot move to another stage.`,
      issues: [fieldIssue("stage", "transition", { from })],
    });
  }
}

export type LadderStep = {
  stage: TStage;
  reachedAt: Date | null;
  current: boolean;
  /** A stage on a branch the initiative can no longer take (e.g. "failed" once it passed). */
  skipped: boolean;
};

/**
 * The ladder as shown on a status page: every stage in rule order with the date it was reached.
 * Terminal stages other than the one reached are dropped once the initiative has finished.
 */
export function ladder(rules: Pick<TRules, "stages">, current: string, history: StageEntry[]): LadderStep[] {
  const reached = new Map<string, Date>();
  for (const h of [...history].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    if (!reached.has(h.stage)) reached.set(h.stage, h.occurredAt);
  }
  const currentStage = findStage(rules, current);
  const reachable = reachableFrom(rules, current);
  return rules.stages
    .filter((s) => !(s.terminal && s.code !== current && (currentStage?.terminal || !reachable.has(s.code))))
    .map((stage) => ({
      stage,
      reachedAt: reached.get(stage.code) ?? null,
      current: stage.code === current,
      skipped: !reached.has(stage.code) && stage.code !== current && !reachable.has(stage.code),
    }));
}

function reachableFrom(rules: Pick<TRules, "stages">, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const code = queue.shift() as string;
    for (const next of findStage(rules, code)?.next ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
