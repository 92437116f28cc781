import "server-only";
// Who is asking: from the Auth.js database session (pages, server actions, route handlers), or
// from a personal API token (scripts and newsrooms). Authorisation itself happens in the domain
// commands (requireRole) and again in every handler; this only identifies.
import { db } from "@/lib/db";
import { hashApiToken } from "@/lib/tokens/hash";
import type { UserActor } from "./actor";
import { auth } from "./auth";

export type ApiActor = UserActor & { via: "session" | "token"; scopes: string[] | null };

export async function currentActor(): Promise<UserActor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { kind: "user", userId: user.id, email: user.email, role: user.role };
}

export { hashApiToken };

/** A Bearer token's actor, or null. Revoked and expired tokens do not count; use is recorded. */
export async function actorFromApiToken(request: Request): Promise<ApiActor | null> {
  const header = request.headers.get("authorization") ?? "";
  const match = header.match(/^Bearer\s+(thr_[A-Za-z0-9_-]{20,})$/);
  if (!match) return null;
  const token = await db().apiToken.findUnique({ where: { tokenHash: hashApiToken(match[1] as string) }, include: { user: true } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date()) || token.user.disabledAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "user", userId: token.user.id, email: token.user.email, role: token.user.role, via: "token", scopes: token.scopes };
}

/**
 * For write endpoints: a Bearer token, or a session when the request is same-origin (CSRF
 * protection: browsers always send Origin on cross-site POSTs, and a form on another site cannot
 * set it to ours).
 */
export async function actorForWrite(request: Request, appUrl: string): Promise<ApiActor | null> {
  const fromToken = await actorFromApiToken(request);
  if (fromToken) return fromToken;
  if (request.headers.get("authorization")) return null;
  const origin = request.headers.get("origin");
  const sameOrigin = origin !== null && (origin === new URL(appUrl).origin || origin === new URL(request.url).origin);
  if (!sameOrigin) return null;
  const actor = await currentActor();
  return actor ? { ...actor, via: "session", scopes: null } : null;
}
