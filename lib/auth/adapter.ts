import "server-only";
// Auth.js's Prisma adapter, with our session rules: a session older than SESSION_MAX_DAYS, or of a
// disabled account, is ended on its next read; and ending a session that is already gone is not an
// error (two requests carrying the same ended session, or a second sign-out, both end it: Prisma's
// delete threw for the second, and Auth.js logged an AdapterError).
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const DAY_MS = 86_400_000;

export function sessionAdapter(): Adapter {
  const base = PrismaAdapter(db());
  const deleteSession = async (sessionToken: string) => {
    await db().session.deleteMany({ where: { sessionToken } });
  };
  return {
    ...base,
    deleteSession,
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser?.(sessionToken);
      if (!found) return null;
      const createdAt = (found.session as { createdAt?: Date }).createdAt;
      const user = found.user as { disabledAt?: Date | null };
      const expiredAbsolutely = createdAt && createdAt.getTime() + env().SESSION_MAX_DAYS * DAY_MS < Date.now();
      if (expiredAbsolutely || user.disabledAt) {
        await deleteSession(sessionToken);
        return null;
      }
      return found;
    },
  };
}
