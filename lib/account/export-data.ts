import "server-only";
// "Download my data": everything stored about the signed-in person, as one JSON document. Secrets
// are never in it (token hashes, session tokens, provider tokens, webhook signing secrets): only
// what they are and when.
import { requireUser, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function exportMyData(actor: Actor | null) {
  const { userId } = requireUser(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      emailVerified: true,
      name: true,
      role: true,
      locale: true,
      lastSeenAt: true,
      createdAt: true,
      accounts: { select: { provider: true, type: true } },
      sessions: { select: { createdAt: true, expires: true }, orderBy: { createdAt: "asc" } },
      follows: {
        select: {
          target: true,
          eventKinds: true,
          createdAt: true,
          initiative: { select: { slug: true } },
          topic: { select: { slug: true } },
          jurisdiction: { select: { code: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      preferences: { select: { eventKind: true, channels: true, updatedAt: true }, orderBy: { eventKind: "asc" } },
      notifications: {
        select: { kind: true, createdAt: true, readAt: true, inApp: true, initiative: { select: { slug: true } } },
        orderBy: { createdAt: "asc" },
      },
      emails: { select: { subject: true, status: true, createdAt: true, sentAt: true }, orderBy: { createdAt: "asc" } },
      apiTokens: {
        select: { name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
        orderBy: { createdAt: "asc" },
      },
      webhooks: {
        select: {
          url: true,
          events: true,
          initiatives: true,
          topics: true,
          jurisdictions: true,
          description: true,
          disabledAt: true,
          createdAt: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const { accounts, sessions, follows, preferences, notifications, emails, apiTokens, webhooks, ...account } = user;
  return {
    exportedAt: new Date().toISOString(),
    account: { ...account, signInMethods: accounts.map((a) => a.provider), sessions },
    follows: follows.map((f) => ({
      target: f.target,
      id: f.initiative?.slug ?? f.topic?.slug ?? f.jurisdiction?.code ?? null,
      eventKinds: f.eventKinds,
      since: f.createdAt,
    })),
    preferences,
    notifications: notifications.map(({ initiative, ...n }) => ({ ...n, initiative: initiative?.slug ?? null })),
    emails,
    apiTokens,
    webhooks,
  };
}
export type MyData = Awaited<ReturnType<typeof exportMyData>>;
