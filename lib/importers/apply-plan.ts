import "server-only";
// Writes an ImportPlan through the same domain commands as the admin console, in one transaction
// per plan: a file is imported completely or not at all. Idempotent: counts already stored (same
// kind, region and time), stages already reached and unchanged responses add nothing.
import { db, type Tx } from "@/lib/db";
import { systemActor, type RequestContext } from "@/lib/auth/actor";
import { recordCountsInTx } from "@/lib/counts/record-counts";
import { z } from "zod";
import { ZObservationInput } from "@/lib/counts/schemas";
import { emitEvents } from "@/lib/events/emit-event";
import { AppError, isAppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/parse";
import { registerInitiativeInTx } from "@/lib/initiatives/register-initiative";
import { ZRegisterInitiative } from "@/lib/initiatives/schemas";
import { publishResponseInTx } from "@/lib/responses/publish-response";
import { ZResponseInput } from "@/lib/responses/schemas";
import { parseRules } from "@/lib/rules/schemas";
import { canTransition } from "@/lib/rules/stages";
import { recordStageEventInTx } from "@/lib/stages/record-stage-event";
import { ZStageEventInput } from "@/lib/stages/schemas";
import { ImportError } from "./errors";
import type { ImportPlan, ImportResult } from "./plan";

export type ApplyOptions = { now?: Date; ctx?: RequestContext };

/** Parses with a domain schema; a failure names the file and the field. */
function parseFor<T>(plan: ImportPlan, fieldPrefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isAppError(e) && e.issues?.length) {
      const issue = e.issues[0] as { path: string; message: string };
      throw new ImportError(plan.file, `${fieldPrefix}${issue.path}`, issue.message);
    }
    throw e;
  }
}

export async function applyPlan(plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportResult> {
  return db().$transaction((tx) => applyPlanInTx(tx, plan, options), { timeout: 180_000, maxWait: 30_000 });
}

async function register(tx: Tx, plan: ImportPlan, ctx: RequestContext) {
  if (!plan.register) {
    throw new ImportError(plan.file, "(file)", `${plan.source} ${plan.externalId} is not tracked yet: import the initiative itself first`);
  }
  const register = plan.register;
  const input = parseFor(plan, "register.", () =>
    parseInput(ZRegisterInitiative, { ...register, externalSource: plan.source, externalId: plan.externalId }),
  );
  return registerInitiativeInTx(tx, systemActor(`importer:${plan.source}`), input, ctx).catch((e: unknown) => {
    const issue = isAppError(e) ? e.issues?.[0] : undefined;
    throw issue ? new ImportError(plan.file, `register.${issue.path}`, issue.message) : e;
  });
}

export async function applyPlanInTx(tx: Tx, plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportResult> {
  const actor = systemActor(`importer:${plan.source}`);
  const ctx: RequestContext = options.ctx ?? { via: "import" };
  const source = `import:${plan.source}`;
  const warnings = [...plan.warnings];

  const found = await tx.initiative.findUnique({
    where: { externalSource_externalId: { externalSource: plan.source, externalId: plan.externalId } },
    select: { id: true, slug: true },
  });
  const created = !found;
  const initiative = found ?? (await register(tx, plan, ctx));
  const ref = { id: initiative.id };
  const full = await tx.initiative.findUniqueOrThrow({ where: ref, select: { rules: true, slug: true, title: true } });
  const rules = parseRules(full.rules);

  // Thresholds at the exact time the source gives, before the counts would date them themselves.
  const known = new Set(rules.thresholds.map((t) => t.code));
  await emitEvents(
    tx,
    plan.thresholdsReached
      .filter((t) => known.has(t.code))
      .map((t) => {
        const threshold = rules.thresholds.find((r) => r.code === t.code);
        return {
          kind: "THRESHOLD_REACHED" as const,
          initiativeId: initiative.id,
          dedupeKey: `threshold:${initiative.id}:${t.code}`,
          occurredAt: t.reachedAt,
          payload: {
            slug: full.slug,
            title: full.title,
            value: threshold?.target ?? null,
            observedAt: t.reachedAt.toISOString(),
            threshold: threshold
              ? { code: threshold.code, target: threshold.target, meaning: threshold.meaning, label: threshold.label }
              : { code: t.code },
          },
        };
      }),
  );

  const { observations } = parseFor(plan, "", () => {
    if (plan.observations.length === 0) return { observations: [] };
    // Importers are not bound by the write API's batch limit: a history file can hold many thousands.
    const r = z.object({ observations: z.array(ZObservationInput) }).safeParse({ observations: plan.observations });
    if (!r.success)
      throw new AppError("INVALID_INPUT", { issues: r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
    return r.data;
  });
  const countResult =
    observations.length === 0
      ? { created: 0 }
      : await recordCountsInTx(tx, actor, ref, observations, ctx, { source, skipExisting: true, now: options.now }).catch((e: unknown) => {
          const issue = isAppError(e) ? e.issues?.[0] : undefined;
          throw issue ? new ImportError(plan.file, issue.path, issue.message) : e;
        });

  let stagesAdded = 0;
  for (const planned of plan.stages) {
    const state = await tx.initiative.findUniqueOrThrow({
      where: ref,
      select: { currentStage: true, currentStageAt: true, stageEvents: { select: { stage: true } } },
    });
    if (state.stageEvents.some((e) => e.stage === planned.stage)) continue;
    if (planned.occurredAt < state.currentStageAt) {
      warnings.push(`stage "${planned.stage}" (${planned.occurredAt.toISOString()}) is older than the current stage; not applied`);
      continue;
    }
    if (!canTransition(rules, state.currentStage, planned.stage)) {
      warnings.push(`stage "${planned.stage}" cannot follow "${state.currentStage}"; not applied`);
      continue;
    }
    const data = parseInput(ZStageEventInput, {
      stage: planned.stage,
      occurredAt: planned.occurredAt,
      scheduledFor: planned.scheduledFor,
      sourceUrl: planned.sourceUrl,
    });
    await recordStageEventInTx(tx, actor, ref, data, ctx, { source, now: options.now });
    stagesAdded++;
  }

  let responsesAdded = 0;
  let responsesUpdated = 0;
  for (const [i, r] of plan.responses.entries()) {
    const data = parseFor(plan, `responses.${i}.`, () => {
      const p = ZResponseInput.safeParse(r);
      if (!p.success)
        throw new AppError("INVALID_INPUT", { issues: p.error.issues.map((x) => ({ path: x.path.join("."), message: x.message })) });
      return p.data;
    });
    const result = await publishResponseInTx(tx, actor, ref, data, ctx, { source });
    if (result.created) responsesAdded++;
    else if (result.changed) responsesUpdated++;
  }

  const summary = {
    created,
    observationsAdded: countResult.created,
    stagesAdded,
    responsesAdded,
    responsesUpdated,
    warnings: warnings.length,
  };
  await tx.importState.upsert({
    where: { source_resourceUrl: { source: plan.source, resourceUrl: plan.resourceUrl } },
    create: {
      source: plan.source,
      resourceUrl: plan.resourceUrl,
      initiativeId: initiative.id,
      lastSyncAt: new Date(),
      lastSuccessAt: new Date(),
      lastResult: summary,
    },
    update: {
      initiativeId: initiative.id,
      lastSyncAt: new Date(),
      lastSuccessAt: new Date(),
      lastResult: summary,
      lastError: null,
      failureCount: 0,
    },
  });

  return {
    file: plan.file,
    externalId: plan.externalId,
    slug: initiative.slug,
    created,
    observationsAdded: countResult.created,
    stagesAdded,
    responsesAdded,
    responsesUpdated,
    warnings,
  };
}
