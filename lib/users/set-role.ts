import "server-only";
// Changing a person's role (admins only). Admins cannot change their own role, so there is always
// at least one admin left and nobody locks themselves out by accident.
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { ZSetRole } from "./schemas";

export async function setRole(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  const data = parseInput(ZSetRole, input);
  if (actor.kind === "user" && actor.userId === data.userId)
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("role", "ownRole")] });
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${data.userId} FOR UPDATE`;
    if (!rows.length) throw new AppError("NOT_FOUND", { userMessage: "There is no such person." });
    const before = await tx.user.findUniqueOrThrow({ where: { id: data.userId }, select: { id: true, email: true, role: true } });
    if (before.role === data.role) return { ...before, changed: false };
    const user = await tx.user.update({
      where: { id: before.id },
      data: { role: data.role },
      select: { id: true, email: true, role: true },
    });
    await writeAudit(tx, actor, ctx, {
      action: "user.set_role",
      entityId: user.id,
      before: { email: before.email, role: before.role },
      after: { email: user.email, role: user.role },
    });
    return { ...user, changed: true };
  });
}
