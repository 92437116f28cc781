import "server-only";
// Who a write-API request comes from when it carries `Authorization: Bearer thr_...`: the token's
// owner, with the token's scopes. Revoked and expired tokens, and tokens of disabled people, do not
// count; use is recorded (at most once a minute).
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { hashApiToken } from "./hash";

/** A request's actor: a token (with its scopes) or a session (scopes null: a session may do what its role allows). */
export type ApiActor = UserActor & { via: "session" | "token"; scopes: string[] | null };

const BEARER = /^Bearer\s+(thr_[A-Za-z0-9_-]{20,})$/;

/** The Bearer token's actor, or null. */
export async function actorFromApiToken(request: Request): Promise<ApiActor | null> {
  const match = (request.headers.get("authorization") ?? "").match(BEARER);
  if (!match) return null;
  const token = await db().apiToken.findUnique({ where: { tokenHash: hashApiToken(match[1] as string) }, include: { user: true } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date()) || token.user.disabledAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "user", userId: token.user.id, email: token.user.email, role: token.user.role, via: "token", scopes: token.scopes };
}
