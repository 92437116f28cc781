import "server-only";
// Moving an initiative along its stage ladder. Only transitions allowed by the initiative's own
// rules snapshot are accepted, each stage is entered once, and time only moves forward. The event,
// the initiative's current stage and key dates, the follower event, the audit row and the cache
// invalidation commit together.
import { db, type Tx } from "@/lib/db";
import { requireRole, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { emitEvents } from "@/lib/events/emit-event";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { assertTransition, findStage } from "@/lib/rules/stages";
import { parseRules } from "@/lib/rules/schemas";
import { STAGE_EVENT_LOCAL_TIMES, ZStageEventInput } from "./schemas";
import { zoneFields } from "@/lib/schemas/zoned-time";
import { CLOCK_SKEW_MS } from "@/lib/schemas/fields";
import { lockInitiative, lockInitiativeWithZone, type InitiativeRef } from "@/lib/initiatives/lock";

export async function recordStageEvent(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: { source?: string; now?: Date } = {},
) {
  requireRole(actor, "EDITOR");
  return db().$transaction(async (tx) => {
    const { id, timeZone } = await lockInitiativeWithZone(tx, ref);
    const data = parseInput(ZStageEventInput, zoneFields(input, STAGE_EVENT_LOCAL_TIMES, timeZone));
    return recordStageEventInTx(tx, actor, { id }, data, ctx, options);
  });
}

export async function recordStageEventInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  data: ReturnType<typeof ZStageEventInput.parse>,
  ctx: RequestContext,
  options: { source?: string; now?: Date } = {},
) {
  requireRole(actor, "EDITOR");
  const now = options.now ?? new Date();
  const initiative = await tx.initiative.findUniqueOrThrow({
    where: { id: await lockInitiative(tx, ref) },
    include: { jurisdiction: true, scheme: true, topics: true, stageEvents: { select: { stage: true, occurredAt: true } } },
  });

  if (data.expectedVersion !== undefined && data.expectedVersion !== initiative.version) {
    throw new AppError("CONFLICT", {
      userMessage: "This initiative was changed while you were editing it. Review the changes and try again.",
      details: { currentVersion: initiative.version, currentStage: initiative.currentStage },
    });
  }
  const rules = parseRules(initiative.rules);
  assertTransition(rules, initiative.currentStage, data.stage);
  const earlier = initiative.stageEvents.find((e) => e.stage === data.stage);
  if (earlier) {
    throw new AppError("INVALID_INPUT", {
      issues: [fieldIssue("stage", "stageReached", { date: earlier.occurredAt.toISOString().slice(0, 10) })],
    });
  }
  if (data.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("occurredAt", "future")] });
  }
  if (data.occurredAt.getTime() < initiative.currentStageAt.getTime()) {
    throw new AppError("INVALID_INPUT", {
      issues: [fieldIssue("occurredAt", "beforeStage", { date: initiative.currentStageAt.toISOString().slice(0, 10) })],
    });
  }

  const stage = findStage(rules, data.stage);
  const keyDates: { closedAt?: Date; submittedAt?: Date } = {};
  for (const field of stage?.sets ?? []) if (!initiative[field]) keyDates[field] = data.occurredAt;

  const event = await tx.stageEvent.create({
    data: {
      initiativeId: initiative.id,
      stage: data.stage,
      fromStage: initiative.currentStage,
      occurredAt: data.occurredAt,
      scheduledFor: data.scheduledFor ?? null,
      title: data.title,
      body: data.body,
      documents: data.documents,
      source: options.source ?? (ctx.via === "api" ? "api" : "manual"),
      sourceUrl: data.sourceUrl ?? null,
      enteredById: actorUserId(actor),
    },
  });
  const updated = await tx.initiative.update({
    where: { id: initiative.id },
    data: { currentStage: data.stage, currentStageAt: data.occurredAt, version: { increment: 1 }, ...keyDates },
    select: { version: true, currentStage: true },
  });
  await emitEvents(tx, [
    {
      kind: "STAGE_CHANGED",
      initiativeId: initiative.id,
      dedupeKey: `stage:${initiative.id}:${data.stage}`,
      occurredAt: data.occurredAt,
      payload: {
        slug: initiative.slug,
        title: initiative.title,
        from: initiative.currentStage,
        to: data.stage,
        label: stage?.label ?? null,
        stageEventId: event.id,
      },
    },
  ]);
  await writeAudit(tx, actor, ctx, {
    action: "stage_event.create",
    entityId: event.id,
    initiativeId: initiative.id,
    before: { stage: initiative.currentStage, version: initiative.version },
    after: { stage: data.stage, occurredAt: data.occurredAt, version: updated.version, ...keyDates },
  });
  await invalidateInitiativeOnCommit(tx, initiative);
  return { event, version: updated.version, stage: updated.currentStage };
}
