import "server-only";
// Reads for the admin console's people page. Shaped outputs only: never sessions or accounts.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TUserFilter } from "./schemas";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  disabledAt: true,
  _count: { select: { apiTokens: { where: { revokedAt: null } } } },
} satisfies Prisma.UserSelect;

export async function listUsers(actor: Actor | null, filter: TUserFilter, limit = 200) {
  requireRole(actor, "ADMIN");
  const rows = await db().user.findMany({
    where: {
      ...(filter.q
        ? { OR: [{ email: { contains: filter.q, mode: "insensitive" } }, { name: { contains: filter.q, mode: "insensitive" } }] }
        : {}),
      ...(filter.role ? { role: filter.role } : {}),
    },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    take: limit,
    select: userSelect,
  });
  return rows.map(({ _count, ...u }) => ({ ...u, activeTokens: _count.apiTokens }));
}
export type TUserRow = Awaited<ReturnType<typeof listUsers>>[number];
