import "server-only";
// Withdrawing an initiative: it stays in the database (history is never deleted) with the date and
// reason, its public page becomes a "withdrawn" page, and every cached page that shows it is
// invalidated on commit. Optimistic concurrency as for edits.
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import type { InitiativeRef } from "./lock";
import { assertVersion, lockForEdit } from "./update-initiative";
import { WITHDRAW_LOCAL_TIMES, ZWithdrawInitiative } from "./schemas";
import { zoneFields } from "@/lib/schemas/zoned-time";
import { parseRules } from "@/lib/rules/schemas";
import { CLOCK_SKEW_MS } from "@/lib/schemas/fields";

export async function withdrawInitiative(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: { now?: Date } = {},
) {
  requireRole(actor, "ADMIN");
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const current = await lockForEdit(tx, ref);
    const data = parseInput(ZWithdrawInitiative, zoneFields(input, WITHDRAW_LOCAL_TIMES, parseRules(current.rules).timeZone));
    const withdrawnAt = data.withdrawnAt ?? now;
    if (withdrawnAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw new AppError("INVALID_INPUT", { issues: [fieldIssue("withdrawnAt", "future")] });
    await assertVersion(tx, current, data.expectedVersion);
    if (current.withdrawnAt)
      throw new AppError("INVALID_INPUT", {
        userMessage: "This initiative is already withdrawn.",
        issues: [fieldIssue("reason", "alreadyWithdrawn", { date: current.withdrawnAt.toISOString().slice(0, 10) })],
      });
    const updated = await tx.initiative.update({
      where: { id: current.id },
      data: { withdrawnAt, withdrawnReason: data.reason, version: { increment: 1 } },
      select: { version: true, withdrawnAt: true },
    });
    await writeAudit(tx, actor, ctx, {
      action: "initiative.withdraw",
      entityId: current.id,
      initiativeId: current.id,
      before: { version: current.version, withdrawnAt: null },
      after: { version: updated.version, withdrawnAt, withdrawnReason: data.reason },
    });
    await invalidateInitiativeOnCommit(tx, current);
    return { slug: current.slug, version: updated.version, withdrawnAt };
  });
}
