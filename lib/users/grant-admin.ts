import "server-only";
// Bootstrapping an admin (npm run admin:grant -- someone@example.org): creates the person when
// they have never signed in, makes them ADMIN, and audits it. Idempotent: an admin stays one and
// nothing is written.
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseInput } from "@/lib/errors/parse-input";
import { ZGrantAdmin } from "./schemas";

export async function grantAdmin(actor: Actor, input: { email: string }, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  const { email } = parseInput(ZGrantAdmin, input);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`user:${email}`}))`;
    const before = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (before?.role === "ADMIN") return { userId: before.id, email, created: false, changed: false };
    const user = before
      ? await tx.user.update({ where: { id: before.id }, data: { role: "ADMIN" }, select: { id: true } })
      : await tx.user.create({ data: { email, role: "ADMIN" }, select: { id: true } });
    await writeAudit(tx, actor, ctx, {
      action: "user.grant_admin",
      entityId: user.id,
      before: before ? { email, role: before.role } : null,
      after: { email, role: "ADMIN", created: !before },
    });
    return { userId: user.id, email, created: !before, changed: true };
  });
}
