import "server-only";
// Audit rows are written by the command that makes the change, inside its transaction: a change
// without its audit row (or the reverse) can never be committed. What each action stores is
// defined in actions.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { actorLabel, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { AUDIT_ACTIONS, type AuditEntry } from "./actions";

export type { AuditEntry };

function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function writeAudit(tx: Tx, actor: Actor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const spec = AUDIT_ACTIONS[entry.action];
  // The stored shapes are the vocabulary's (actions.ts): a command that drifts from it fails here.
  spec.before.parse(entry.before);
  spec.after.parse(entry.after);
  await tx.auditEvent.create({
    data: {
      actorId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      action: entry.action,
      entityType: spec.entityType,
      entityId: entry.entityId,
      initiativeId: entry.initiativeId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      requestId: ctx.requestId ?? null,
      via: ctx.via,
    },
  });
}
