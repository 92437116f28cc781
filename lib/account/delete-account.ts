import "server-only";
// "Delete my account": the person and everything personal goes in one transaction (sign-in
// methods, sessions, follows, preferences, notifications, API tokens, by cascade; their emails and
// sign-in links here). What they did as an editor stays, without them: audit rows keep a
// pseudonym ("deleted-person:<id>") in place of the address, in the label and in before/after.
import { requireUser, systemActor, type Actor, type RequestContext, type TRole } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { ZDeleteAccount } from "./schemas";

export const pseudonymOf = (userId: string) => `deleted-person:${userId}`;

export async function deleteAccount(actor: Actor | null, input: unknown, ctx: RequestContext) {
  const { userId } = requireUser(actor);
  const { confirmEmail } = parseInput(ZDeleteAccount, input);
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ email: string; role: TRole }[]>`SELECT email, role FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const user = rows[0];
    if (!user) throw new AppError("NOT_FOUND", { userMessage: "There is no such person." });
    if (confirmEmail !== user.email.toLowerCase())
      throw new AppError("INVALID_INPUT", { issues: [fieldIssue("confirmEmail", "confirmEmail")] });
    if (user.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN", id: { not: userId }, disabledAt: null } })) === 0)
      throw new AppError("INVALID_INPUT", { issues: [fieldIssue("confirmEmail", "lastAdmin")] });
    const pseudonym = pseudonymOf(userId);
    await tx.$executeRaw`
      UPDATE "AuditEvent" SET "actorLabel" = ${pseudonym}
      WHERE "actorId" = ${userId} OR "actorLabel" = ${user.email}`;
    await tx.$executeRaw`
      UPDATE "AuditEvent" SET
        before = CASE WHEN before ? 'email' THEN jsonb_set(before, '{email}', to_jsonb(${pseudonym}::text)) ELSE before END,
        after = CASE WHEN after ? 'email' THEN jsonb_set(after, '{email}', to_jsonb(${pseudonym}::text)) ELSE after END
      WHERE "entityType" = 'User' AND "entityId" = ${userId}`;
    await tx.emailOutbox.deleteMany({ where: { OR: [{ userId }, { toAddress: user.email }] } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await writeAudit(tx, systemActor(pseudonym), ctx, {
      action: "user.delete_account",
      entityId: userId,
      before: { role: user.role },
      after: { deleted: true },
    });
    await tx.user.delete({ where: { id: userId } });
    return { deleted: true };
  });
}
