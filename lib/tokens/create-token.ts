import "server-only";
// Minting a personal API token. The secret ("thr_" + 256 random bits) is returned once and never
// stored: the database keeps its SHA-256 and a short prefix to recognise it in lists. The token
// acts as its owner with the owner's current role, limited to its scopes.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { hashApiToken } from "./hash";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { PERSONAL_SCOPES, ZCreateToken } from "./schemas";

export const TOKEN_PREFIX_LENGTH = 12;

export function newTokenSecret(): string {
  return `thr_${randomBytes(32).toString("base64url")}`;
}

/**
 * Creates a token for the acting person, or (system actors: the operator CLI) for `owner`. Anyone
 * signed in may have tokens with the personal scopes (read, webhooks); other scopes need an admin.
 */
export async function createToken(actor: Actor, input: unknown, ctx: RequestContext, owner?: { email: string }) {
  requireRole(actor, "USER");
  const data = parseInput(ZCreateToken, input);
  const personal = data.scopes.every((s) => (PERSONAL_SCOPES as readonly string[]).includes(s));
  if (!personal) requireRole(actor, "ADMIN");
  if (data.expiresAt && data.expiresAt.getTime() <= Date.now())
    throw new AppError("INVALID_INPUT", { issues: [fieldIssue("expiresAt", "futureDate")] });
  return db().$transaction(async (tx) => {
    const user =
      actor.kind === "user"
        ? await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, role: true } })
        : owner
          ? await tx.user.findUnique({ where: { email: owner.email.trim().toLowerCase() }, select: { id: true, email: true, role: true } })
          : null;
    if (!user) throw new AppError("NOT_FOUND", { userMessage: "There is no such person. Run admin:grant for them first." });
    if (!personal && user.role !== "ADMIN") throw new AppError("FORBIDDEN", { userMessage: `${user.email} is not an admin.` });
    const secret = newTokenSecret();
    const token = await tx.apiToken.create({
      data: {
        userId: user.id,
        name: data.name,
        tokenHash: hashApiToken(secret),
        prefix: secret.slice(0, TOKEN_PREFIX_LENGTH),
        scopes: data.scopes,
        expiresAt: data.expiresAt ?? null,
      },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, createdAt: true },
    });
    await writeAudit(tx, actor, ctx, {
      action: "api_token.create",
      entityId: token.id,
      after: { owner: user.email, name: token.name, prefix: token.prefix, scopes: token.scopes, expiresAt: token.expiresAt },
    });
    return { token, secret, owner: user.email };
  });
}
