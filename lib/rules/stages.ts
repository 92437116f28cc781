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

/** Why a step of the path counts as reached. */
export type StepBasis =
  | "event" // a stage event (entered by an editor, or from the source's data by an importer)
  | "closed-at" // no closing event, but the initiative's recorded closing date (e.g. the source's closed_at)
  | "deadline"; // no closing event nor date, but the collection period under the rules has ended

export type PathStep = { stage: TStage; reachedAt: Date | null; current: boolean; basis: StepBasis };

/**
 * The process as a status page tells it: the path actually taken (stages reached, in the order they
 * were reached), then, while the initiative is not finished, the stages it can move to next (mutually
 * exclusive alternatives) and the outcomes still possible. Once a terminal stage is reached there is
 * only the path, ending in that outcome: endings that did not happen are never listed, and
 * alternatives are never drawn as consecutive steps.
 */
export type ProcessView = {
  path: PathStep[];
  next: TStage[];
  outcomes: TStage[];
  outcome: PathStep | null;
};

export type ProcessDates = { closedAt?: Date | null; collectionEndsAt?: Date | null };

/** The stage that only marks the end of collection ("closed", "collection-ended"), if the rules have one. */
export function closingStage(rules: Pick<TRules, "stages">): TStage | undefined {
  return rules.stages.find((s) => !s.terminal && s.sets.length === 1 && s.sets[0] === "closedAt");
}

export function processView(
  rules: Pick<TRules, "stages" | "initialStage">,
  current: string,
  history: StageEntry[],
  dates: ProcessDates = {},
  now: Date = new Date(),
): ProcessView {
  const reached = new Map<string, Date>();
  for (const h of [...history].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    if (!reached.has(h.stage)) reached.set(h.stage, h.occurredAt);
  }
  const path: PathStep[] = [];
  for (const [code, at] of reached) {
    const stage = findStage(rules, code);
    if (stage) path.push({ stage, reachedAt: at, current: code === current, basis: "event" });
  }
  const currentStage = findStage(rules, current);
  if (currentStage && !reached.has(current)) {
    // A current stage without its event (an initiative registered straight into it) still belongs
    // on the path: first if it is where every initiative starts, otherwise last.
    const step: PathStep = { stage: currentStage, reachedAt: null, current: true, basis: "event" };
    if (current === rules.initialStage) path.unshift(step);
    else path.push(step);
  }
  const finished = Boolean(currentStage?.terminal);
  if (!finished) {
    // The end of collection is a fact even when no one recorded it as a stage: the source's closing
    // date, or the end of the collection period the rules set.
    const closing = closingStage(rules);
    if (closing && !reached.has(closing.code) && closing.code !== current) {
      const at = dates.closedAt ?? (dates.collectionEndsAt && dates.collectionEndsAt <= now ? dates.collectionEndsAt : null);
      if (at) {
        const step: PathStep = { stage: closing, reachedAt: at, current: false, basis: dates.closedAt ? "closed-at" : "deadline" };
        const after = path.findIndex((p) => p.reachedAt !== null && p.reachedAt > at);
        if (after === -1) path.push(step);
        else path.splice(after, 0, step);
      }
    }
  }
  const last = path.at(-1);
  if (finished || !last) return { path, next: [], outcomes: [], outcome: finished ? (path.find((p) => p.current) ?? null) : null };
  const done = new Set(path.map((p) => p.stage.code));
  // A stage is a real alternative only if it can still lead somewhere new (the UK's "debate
  // scheduled" is not one once the petition was debated and closed).
  const next = allowedNextStages(rules, last.stage.code).filter(
    (s) => !done.has(s.code) && (s.terminal || s.next.some((n) => !done.has(n) && n !== s.code)),
  );
  const reachable = reachableFrom(rules, last.stage.code);
  const outcomes = rules.stages.filter((s) => s.terminal && reachable.has(s.code) && !done.has(s.code));
  return { path, next, outcomes, outcome: null };
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

export type LadderStep = { stage: TStage; reachedAt: Date | null; current: boolean; skipped: boolean };

/**
 * API v1's `ladder`, as it was before `process` (kept for clients that read it; deprecated): every
 * stage in rule order with the date it was reached; terminal stages other than the outcome are
 * dropped once finished; `skipped` marks a stage not reached that can no longer be.
 */
export function legacyLadder(rules: Pick<TRules, "stages">, view: ProcessView): LadderStep[] {
  const reached = new Map(view.path.map((p) => [p.stage.code, p]));
  const current = view.path.find((p) => p.current)?.stage.code ?? view.path.at(-1)?.stage.code ?? "";
  const reachable = new Set<string>();
  const queue = [current];
  while (queue.length) {
    for (const next of allowedNextStages(rules, queue.shift() as string))
      if (!reachable.has(next.code)) {
        reachable.add(next.code);
        queue.push(next.code);
      }
  }
  return rules.stages
    .filter((s) => !s.terminal || reached.has(s.code) || (view.outcome === null && reachable.has(s.code)))
    .map((stage) => ({
      stage,
      reachedAt: reached.get(stage.code)?.reachedAt ?? null,
      current: stage.code === current,
      skipped: !reached.has(stage.code) && !reachable.has(stage.code),
    }));
}
