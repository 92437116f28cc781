import "server-only";
// Writes ImportPlans through the same domain commands as the admin console. A file is one
// transaction: imported completely or not at all. Idempotent: counts already stored, unchanged
// snapshot counts, stages already reached and unchanged responses add nothing; a count the source
// now gives differently for the same time is stored as a correction. Data older than what the
// initiative's sources already gave never overwrites it (responses), nor warns about stages.
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { systemActor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { recordObservationsInTx } from "@/lib/counts/record-counts";
import { thresholdReachedEvent } from "@/lib/counts/threshold-events";
import { ZObservationInput } from "@/lib/counts/schemas";
import { emitEvents } from "@/lib/events/emit-event";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { issuesFromZod } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { lockInitiative } from "@/lib/initiatives/lock";
import { registerInitiativeInTx } from "@/lib/initiatives/register-initiative";
import { ZRegisterInitiative } from "@/lib/initiatives/schemas";
import { publishResponseInTx } from "@/lib/responses/publish-response";
import { ZResponseInput } from "@/lib/responses/schemas";
import { parseRules, type TRules } from "@/lib/rules/schemas";
import { canTransition, closingStage } from "@/lib/rules/stages";
import { recordPastClosingInTx } from "@/lib/stages/record-past-closing";
import { recordStageEventInTx } from "@/lib/stages/record-stage-event";
import { ZStageEventInput } from "@/lib/stages/schemas";
import { ImportError } from "./errors";
import { changedAnything, type ImportPlan, type ImportResult } from "./plan";
import { selectObservations } from "./select-observations";
import { storedCountsFor } from "./stored-counts";

export type ApplyOptions = {
  now?: Date;
  ctx?: RequestContext;
  /** From a sync: the validators of the response the plans came from, kept for conditional requests. */
  validators?: { etag: string | null; lastModified: string | null };
};

const where = (plan: ImportPlan) => `${plan.source} ${plan.externalId}`;

/** Runs a domain step; a domain validation failure becomes an ImportError naming the file and the field. */
async function step<T>(plan: ImportPlan, prefix: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const issue = isAppError(e) ? e.issues?.[0] : undefined;
    if (issue) throw new ImportError(plan.file, `${where(plan)}: ${prefix}${issue.path}`, issue.message);
    throw e;
  }
}

/** All plans of one file, in one transaction. */
export async function applyPlans(plans: ImportPlan[], options: ApplyOptions = {}): Promise<ImportResult[]> {
  if (plans.length === 0) return [];
  return db().$transaction(
    async (tx) => {
      const results: ImportResult[] = [];
      for (const plan of plans) results.push(await applyPlanInTx(tx, plan, options));
      return results;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

export async function applyPlan(plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportResult> {
  return (await applyPlans([plan], options))[0] as ImportResult;
}

async function findOrRegister(tx: Tx, plan: ImportPlan, ctx: RequestContext) {
  const key = { externalSource_externalId: { externalSource: plan.source, externalId: plan.externalId } };
  const found = await tx.initiative.findUnique({ where: key, select: { id: true, slug: true } });
  if (found) return { initiative: found, created: false };
  if (!plan.register) {
    throw new ImportError(plan.file, "(file)", `${where(plan)} is not tracked yet: import the initiative itself first`);
  }
  const register = plan.register;
  const input = await step(plan, "register.", () =>
    parseInput(ZRegisterInitiative, { ...register, externalSource: plan.source, externalId: plan.externalId }),
  );
  const initiative = await step(plan, "register.", () => registerInitiativeInTx(tx, systemActor(`importer:${plan.source}`), input, ctx));
  return { initiative, created: true };
}

/** The newest source time already applied to this initiative (over all its resources). */
async function newestSourceTime(tx: Tx, initiativeId: string): Promise<Date | null> {
  const rows = await tx.$queryRaw<{ at: string | null }[]>`
    SELECT max("lastResult"->>'sourceUpdatedAt') AS at FROM "ImportState" WHERE "initiativeId" = ${initiativeId}`;
  const at = rows[0]?.at;
  return at ? new Date(at) : null;
}

async function thresholdEvents(tx: Tx, plan: ImportPlan, initiative: { id: string; slug: string; title: unknown }, rules: TRules) {
  // The official source says a threshold was reached (and when): the same event as a count crossing it.
  const events = plan.thresholdsReached.flatMap((t) => {
    const threshold = rules.thresholds.find((r) => r.code === t.code);
    return threshold ? [thresholdReachedEvent(initiative, threshold, t.reachedAt, threshold.target)] : [];
  });
  await emitEvents(tx, events);
}

export async function applyPlanInTx(tx: Tx, plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportResult> {
  const actor = systemActor(`importer:${plan.source}`);
  const ctx: RequestContext = options.ctx ?? { via: "import" };
  const source = `import:${plan.source}`;
  const warnings = [...plan.warnings];

  const { initiative: found, created } = await findOrRegister(tx, plan, ctx);
  // Serialises imports of one initiative, so the comparison with stored counts below holds.
  const ref = { id: await lockInitiative(tx, { id: found.id }) };
  const initiative = await tx.initiative.findUniqueOrThrow({ where: ref, select: { id: true, rules: true, slug: true, title: true } });
  const rules = parseRules(initiative.rules);
  const newest = await newestSourceTime(tx, initiative.id);
  const older = Boolean(plan.sourceUpdatedAt && newest && plan.sourceUpdatedAt < newest);

  // Thresholds at the exact time the source gives, before the counts would date them themselves.
  await thresholdEvents(tx, plan, initiative, rules);

  const incoming = await step(plan, "", () => {
    // Importers are not bound by the write API's batch limit: a history file holds thousands.
    const r = z.array(ZObservationInput).safeParse(plan.observations);
    if (!r.success) {
      throw new AppError("INVALID_INPUT", {
        issues: issuesFromZod(r.error.issues).map((i) => ({ ...i, path: `observations.${i.path}` })),
      });
    }
    return r.data;
  });
  const selection = selectObservations(plan.countMode, incoming, await storedCountsFor(tx, initiative.id, plan.countMode, incoming));
  const rows = [...selection.add, ...selection.corrections];
  const counts = rows.length
    ? await step(plan, "", () => recordObservationsInTx(tx, actor, ref, rows, ctx, { source, now: options.now }))
    : { created: 0 };

  let stagesAdded = 0;
  for (const planned of plan.stages) {
    const state = await tx.initiative.findUniqueOrThrow({
      where: ref,
      select: { currentStage: true, currentStageAt: true, stageEvents: { select: { stage: true } } },
    });
    if (state.stageEvents.some((e) => e.stage === planned.stage)) continue;
    if (planned.occurredAt < state.currentStageAt || !canTransition(rules, state.currentStage, planned.stage)) {
      // The source says collection ended, but stages later than that are already recorded: the
      // closure still belongs in the history, on the source's date.
      if (closingStage(rules)?.code === planned.stage && planned.occurredAt < state.currentStageAt) {
        const data = await step(plan, `stages.${planned.stage}.`, () => parseInput(ZStageEventInput, planned));
        await step(plan, `stages.${planned.stage}.`, () => recordPastClosingInTx(tx, actor, ref, data, ctx, { source, now: options.now }));
        stagesAdded++;
        continue;
      }
      // An older snapshot naturally carries stages that newer data has moved past.
      if (!older)
        warnings.push(
          planned.occurredAt < state.currentStageAt
            ? `stage "${planned.stage}" (${planned.occurredAt.toISOString()}) is older than the current stage "${state.currentStage}"; not applied`
            : `stage "${planned.stage}" cannot follow "${state.currentStage}"; not applied`,
        );
      continue;
    }
    const data = await step(plan, `stages.${planned.stage}.`, () => parseInput(ZStageEventInput, planned));
    await step(plan, `stages.${planned.stage}.`, () => recordStageEventInTx(tx, actor, ref, data, ctx, { source, now: options.now }));
    stagesAdded++;
  }

  let responsesAdded = 0;
  let responsesUpdated = 0;
  for (const [i, r] of plan.responses.entries()) {
    const data = await step(plan, `responses.${i}.`, () => parseInput(ZResponseInput, r));
    if (older) {
      const key = { initiativeId: initiative.id, kind: data.kind, respondedAt: data.respondedAt };
      if (await tx.officialResponse.findUnique({ where: { initiativeId_kind_respondedAt: key }, select: { id: true } })) continue;
    }
    const result = await step(plan, `responses.${i}.`, () => publishResponseInTx(tx, actor, ref, data, ctx, { source }));
    if (result.created) responsesAdded++;
    else if (result.changed) responsesUpdated++;
  }

  const result: ImportResult = {
    file: plan.file,
    source: plan.source,
    externalId: plan.externalId,
    slug: initiative.slug,
    created,
    observationsAdded: counts.created - selection.corrections.length,
    observationsCorrected: selection.corrections.length,
    observationsUnchanged: selection.unchanged,
    stagesAdded,
    responsesAdded,
    responsesUpdated,
    warnings,
  };
  await recordImportState(tx, plan, initiative.id, result, older ? newest : (plan.sourceUpdatedAt ?? newest), options);
  if (changedAnything(result)) {
    await writeAudit(tx, actor, ctx, {
      action: "import.apply",
      entityId: initiative.id,
      initiativeId: initiative.id,
      after: {
        source: plan.source,
        file: plan.file,
        resourceUrl: plan.resourceUrl ?? null,
        fetchedAt: plan.fetchedAt ?? null,
        sourceUpdatedAt: plan.sourceUpdatedAt ?? null,
        ...summarise(result),
      },
    });
  }
  return result;
}

function summarise(r: ImportResult) {
  return {
    created: r.created,
    observationsAdded: r.observationsAdded,
    observationsCorrected: r.observationsCorrected,
    stagesAdded: r.stagesAdded,
    responsesAdded: r.responsesAdded,
    responsesUpdated: r.responsesUpdated,
    warnings: r.warnings.length,
  };
}

/** The resource's sync state: what this import did, and the newest source time applied so far. */
async function recordImportState(
  tx: Tx,
  plan: ImportPlan,
  initiativeId: string,
  result: ImportResult,
  sourceUpdatedAt: Date | null,
  options: ApplyOptions,
) {
  if (!plan.resourceUrl) return;
  const now = new Date();
  const lastResult = {
    ...summarise(result),
    notModified: false,
    file: plan.file,
    fetchedAt: plan.fetchedAt?.toISOString() ?? null,
    sourceUpdatedAt: sourceUpdatedAt?.toISOString() ?? null,
  };
  const validators = options.validators ? { etag: options.validators.etag, lastModified: options.validators.lastModified } : {};
  await tx.importState.upsert({
    where: { source_resourceUrl: { source: plan.source, resourceUrl: plan.resourceUrl } },
    create: {
      source: plan.source,
      resourceUrl: plan.resourceUrl,
      initiativeId,
      lastSyncAt: now,
      lastSuccessAt: now,
      lastResult,
      ...validators,
    },
    update: { initiativeId, lastSyncAt: now, lastSuccessAt: now, lastResult, lastError: null, failureCount: 0, ...validators },
  });
}
