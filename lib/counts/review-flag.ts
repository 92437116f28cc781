import "server-only";
// Reviewing data-quality flags. Confirming makes the flag public as a data note (with the editor's
// note), dismissing keeps it out of the way; either is final and audited, and a confirmation
// invalidates the public pages. Stale-source flags are computed on view (stale-source.ts), so
// reviewing one first stores it, tied to the latest observation it was about.
import { db, type Tx } from "@/lib/db";
import { actorUserId, requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { isOpen } from "@/lib/initiatives/to-dto";
import { ZReviewFlag, ZReviewStaleSource } from "./schemas";
import { staleSource } from "./stale-source";
import { lockInitiative, type InitiativeRef } from "@/lib/initiatives/lock";

const include = { jurisdiction: true, scheme: true, topics: true } as const;

export async function reviewFlag(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "EDITOR");
  const data = parseInput(ZReviewFlag, input);
  return db().$transaction(async (tx) => {
    const flag = await tx.dataQualityFlag.findUnique({ where: { id: data.flagId }, include: { initiative: { include } } });
    if (!flag) throw new AppError("NOT_FOUND", { userMessage: "There is no such flag." });
    const status = data.decision === "confirm" ? "CONFIRMED" : "DISMISSED";
    const reviewed = {
      status,
      publicNote: data.decision === "confirm" ? (data.publicNote ?? null) : null,
      reviewedById: actorUserId(actor),
      reviewedAt: new Date(),
    } as const;
    // Only an OPEN flag can be reviewed, once: two editors reviewing at once cannot both win.
    const claimed = await tx.dataQualityFlag.updateMany({ where: { id: flag.id, status: "OPEN" }, data: reviewed });
    if (claimed.count === 0)
      throw new AppError("CONFLICT", { userMessage: "This flag has already been reviewed.", details: { status: flag.status } });
    await finish(tx, actor, ctx, flag.initiative, { id: flag.id, code: flag.code, status, publicNote: reviewed.publicNote });
    return { id: flag.id, status };
  });
}

export async function reviewStaleSource(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: { now?: Date } = {},
) {
  requireRole(actor, "EDITOR");
  const data = parseInput(ZReviewStaleSource, input);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const initiative = await tx.initiative.findUniqueOrThrow({ where: { id: await lockInitiative(tx, ref) }, include });
    const points = await tx.countObservation.findMany({
      where: { initiativeId: initiative.id, kind: "TOTAL", region: "", supersededBy: { is: null } },
      orderBy: [{ observedAt: "desc" }, { recordedAt: "desc" }],
      take: 100,
      select: { id: true, observedAt: true, source: true },
    });
    const stale = staleSource(points, now, isOpen(initiative, now));
    if (!stale || points[0]?.id !== data.observationId)
      throw new AppError("CONFLICT", { userMessage: "The source has been updated since you looked. Reload the page." });
    const existing = await tx.dataQualityFlag.findFirst({ where: { observationId: data.observationId, code: "stale-source" } });
    if (existing)
      throw new AppError("CONFLICT", { userMessage: "This flag has already been reviewed.", details: { status: existing.status } });
    const status = data.decision === "confirm" ? "CONFIRMED" : "DISMISSED";
    const flag = await tx.dataQualityFlag.create({
      data: {
        initiativeId: initiative.id,
        observationId: data.observationId,
        code: "stale-source",
        details: {
          source: stale.source,
          lastObservedAt: stale.lastObservedAt.toISOString(),
          usualIntervalHours: Math.round(stale.usualIntervalMs / 36e5),
          silentForHours: Math.round(stale.silentForMs / 36e5),
        },
        status,
        publicNote: data.decision === "confirm" ? (data.publicNote ?? null) : null,
        reviewedById: actorUserId(actor),
        reviewedAt: now,
      },
    });
    await finish(tx, actor, ctx, initiative, { id: flag.id, code: flag.code, status, publicNote: flag.publicNote });
    return { id: flag.id, status };
  });
}

async function finish(
  tx: Tx,
  actor: Actor,
  ctx: RequestContext,
  initiative: Parameters<typeof invalidateInitiativeOnCommit>[1] & { id: string },
  flag: { id: string; code: string; status: "CONFIRMED" | "DISMISSED"; publicNote: string | null },
) {
  await writeAudit(tx, actor, ctx, {
    action: flag.status === "CONFIRMED" ? "quality_flag.confirm" : "quality_flag.dismiss",
    entityId: flag.id,
    initiativeId: initiative.id,
    before: { status: "OPEN" },
    after: { code: flag.code, status: flag.status, publicNote: flag.publicNote },
  });
  if (flag.status === "CONFIRMED") await invalidateInitiativeOnCommit(tx, initiative);
}
