import "server-only";
// Reads of a person's webhooks and their delivery log. Only ever the owner's own: someone else's
// subscription is NOT_FOUND (not FORBIDDEN), so ids reveal nothing. The secret is never listed.
import { requireUser, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { ZWebhookDeliveryOut, ZWebhookOut } from "./schemas";

export const webhookSelect = {
  id: true,
  url: true,
  events: true,
  initiatives: true,
  topics: true,
  jurisdictions: true,
  description: true,
  disabledAt: true,
  disabledReason: true,
  createdAt: true,
} satisfies Prisma.WebhookSubscriptionSelect;

type WebhookRow = Prisma.WebhookSubscriptionGetPayload<{ select: typeof webhookSelect }>;

export function toWebhookOut(w: WebhookRow): z.infer<typeof ZWebhookOut> {
  return {
    ...w,
    enabled: w.disabledAt === null,
    disabledAt: w.disabledAt?.toISOString() ?? null,
    createdAt: w.createdAt.toISOString(),
  };
}

/** The actor's own subscription (for commands that then change it), or NOT_FOUND. */
export async function ownWebhook(actor: Actor | null, id: string, tx: Prisma.TransactionClient = db()) {
  const user = requireUser(actor);
  const found = await tx.webhookSubscription.findFirst({ where: { id, userId: user.userId }, select: webhookSelect });
  if (!found) throw new AppError("NOT_FOUND", { userMessage: "There is no such webhook." });
  return found;
}

export async function listWebhooks(actor: Actor | null) {
  const user = requireUser(actor);
  const rows = await db().webhookSubscription.findMany({
    where: { userId: user.userId },
    orderBy: { createdAt: "asc" },
    select: webhookSelect,
  });
  return rows.map(toWebhookOut);
}

export async function getWebhook(actor: Actor | null, id: string) {
  return toWebhookOut(await ownWebhook(actor, id));
}

/** The delivery log of one subscription, newest first. */
export async function listDeliveries(actor: Actor | null, id: string, limit = 100): Promise<z.infer<typeof ZWebhookDeliveryOut>[]> {
  await ownWebhook(actor, id);
  const rows = await db().webhookDelivery.findMany({
    where: { subscriptionId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
    },
  });
  return rows.map((d) => ({
    ...d,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: d.status === "PENDING" ? d.nextAttemptAt.toISOString() : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  }));
}
