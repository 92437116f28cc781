import "server-only";
// Revoking an API token: it stops working at once (lib/auth/session.ts ignores revoked tokens);
// the row stays for the audit trail. Revoking twice changes nothing. Admins revoke any token;
// anyone else only their own (someone else's is NOT_FOUND).
import { db } from "@/lib/db";
import { actorUserId, hasRole, requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { ZRevokeToken } from "./schemas";

export async function revokeToken(actor: Actor, input: unknown, ctx: RequestContext, options: { now?: Date } = {}) {
  requireRole(actor, "USER");
  const { tokenId } = parseInput(ZRevokeToken, input);
  return db().$transaction(async (tx) => {
    const found = await tx.apiToken.findUnique({
      where: { id: tokenId },
      select: { id: true, userId: true, revokedAt: true, prefix: true, name: true },
    });
    if (!found || (!hasRole(actor, "ADMIN") && actorUserId(actor) !== found.userId))
      throw new AppError("NOT_FOUND", { userMessage: "There is no such token." });
    if (found.revokedAt) return { id: found.id, revokedAt: found.revokedAt, changed: false };
    const revokedAt = options.now ?? new Date();
    const claimed = await tx.apiToken.updateMany({ where: { id: found.id, revokedAt: null }, data: { revokedAt } });
    if (claimed.count === 0) return { id: found.id, revokedAt, changed: false };
    await writeAudit(tx, actor, ctx, {
      action: "api_token.revoke",
      entityId: found.id,
      before: { prefix: found.prefix, name: found.name, revokedAt: null },
      after: { revokedAt },
    });
    return { id: found.id, revokedAt, changed: true };
  });
}
