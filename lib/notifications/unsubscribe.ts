import "server-only";
// One-click unsubscribe tokens (RFC 8058): signed with the app's secret, naming the person, so the
// link works signed out and cannot be forged or pointed at someone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { stopAllEmail } from "./preferences";

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`unsubscribe:${payload}`).digest("base64url");
}

export function unsubscribeToken(userId: string): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, s: "all" })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function verifyUnsubscribeToken(token: string): { userId: string } | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown };
    return typeof data.u === "string" ? { userId: data.u } : null;
  } catch {
    return null;
  }
}

export async function unsubscribeUser(token: string): Promise<{ email: string } | null> {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return null;
  const user = await db().user.findUnique({ where: { id: verified.userId }, select: { id: true, email: true } });
  if (!user) return null;
  await stopAllEmail(user.id);
  return { email: user.email };
}

export async function unsubscribeTarget(token: string): Promise<{ email: string } | null> {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return null;
  return db().user.findUnique({ where: { id: verified.userId }, select: { email: true } });
}
