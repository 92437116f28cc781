import "server-only";
// A closure the source reports after later stages were already recorded (a petition debated or
// answered after it closed, imported in that order): a real stage event in the history, on the
// source's date and with its source, that leaves the current stage alone. Only the rules' closing
// stage ("closed", "collection-ended") can be recorded this way, once, never in the future; the
// closing date fills in when unknown. Audited and cache-invalidated in the same transaction.
import type { Tx } from "@/lib/db";
import { requireRole, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { CLOCK_SKEW_MS } from "@/lib/schemas/fields";
import { parseRules } from "@/lib/rules/schemas";
import { closingStage } from "@/lib/rules/stages";
import { lockInitiative, type InitiativeRef } from "@/lib/initiatives/lock";
import type { ZStageEventInput } from "./schemas";

export async function recordPastClosingInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  data: ReturnType<typeof ZStageEventInput.parse>,
  ctx: RequestContext,
  options: { source: string; now?: Date },
) {
  requireRole(actor, "EDITOR");
  const initiative = await tx.initiative.findUniqueOrThrow({
    where: { id: await lockInitiative(tx, ref) },
    include: { jurisdiction: true, scheme: true, topics: true, stageEvents: { select: { stage: true } } },
  });
  if (closingStage(parseRules(initiative.rules))?.code !== data.stage) {
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("stage", "transition")] });
  }
  if (initiative.stageEvents.some((e) => e.stage === data.stage)) {
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("stage", "stageReached")] });
  }
  if (data.occurredAt.getTime() > (options.now ?? new Date()).getTime() + CLOCK_SKEW_MS) {
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("occurredAt", "future")] });
  }
  const event = await tx.stageEvent.create({
    data: {
      initiativeId: initiative.id,
      stage: data.stage,
      fromStage: null,
      occurredAt: data.occurredAt,
      title: data.title,
      body: data.body,
      documents: data.documents,
      source: options.source,
      sourceUrl: data.sourceUrl ?? null,
      enteredById: actorUserId(actor),
    },
  });
  const closedAt = initiative.closedAt ?? data.occurredAt;
  const updated = await tx.initiative.update({
    where: { id: initiative.id },
    data: { closedAt, version: { increment: 1 } },
    select: { version: true },
  });
  await writeAudit(tx, actor, ctx, {
    action: "stage_event.create",
    entityId: event.id,
    initiativeId: initiative.id,
    before: { stage: initiative.currentStage, closedAt: initiative.closedAt, version: initiative.version },
    after: { stage: initiative.currentStage, pastStage: data.stage, occurredAt: data.occurredAt, closedAt, version: updated.version },
  });
  await invalidateInitiativeOnCommit(tx, initiative);
  return { event, version: updated.version };
}
