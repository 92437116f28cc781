import "server-only";
// Reads for /admin/tokens: never the hash, only what recognises a token (name, prefix, owner).
import { requireRole, requireUser, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  user: { select: { email: true } },
} satisfies Prisma.ApiTokenSelect;

export async function listTokens(actor: Actor | null, limit = 500) {
  requireRole(actor, "ADMIN");
  const rows = await db().apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: limit,
    select: tokenSelect,
  });
  return rows.map(({ user, ...t }) => ({ ...t, owner: user.email }));
}
export type TTokenRow = Awaited<ReturnType<typeof listTokens>>[number];

/** The actor's own tokens, for /me/tokens. */
export async function listOwnTokens(actor: Actor | null) {
  const user = requireUser(actor);
  const { user: _owner, ...select } = tokenSelect;
  return db().apiToken.findMany({
    where: { userId: user.userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select,
  });
}
