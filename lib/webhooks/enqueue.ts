import "server-only";
// From the outbox to deliveries: each domain event, once (DomainEvent.webhooksAt), becomes one
// delivery row per active subscription that wants it, with its message fixed at that moment (so a
// retry sends the same bytes under the same webhook-id). Old news is recorded, not delivered.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { subscriptionWants, type EventAbout, type WebhookFilter } from "./match";
import { eventTypeOf, type TWebhookMessage } from "./schemas";

export const WEBHOOKS_CHANNEL = "threshold_webhooks";
const DELIVER_WITHIN_MS = 7 * 86_400_000;

export function newMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}

/** One delivery row, its message fixed now, for each subscription that wants the event. */
/** What deliveriesFor reads of a subscription: its id and its filter. */
export const SUBSCRIPTION_FILTER_SELECT = {
  id: true,
  events: true,
  initiatives: true,
  topics: true,
  jurisdictions: true,
} satisfies Prisma.WebhookSubscriptionSelect;

export function deliveriesFor(
  subscriptions: (WebhookFilter & { id: string })[],
  about: EventAbout,
  message: TWebhookMessage,
  dedupeKey: string,
): Prisma.WebhookDeliveryCreateManyInput[] {
  return subscriptions
    .filter((sub) => subscriptionWants(sub, about))
    .map((sub) => ({
      id: newMessageId(),
      subscriptionId: sub.id,
      eventType: message.type,
      dedupeKey,
      payload: message as unknown as Prisma.InputJsonValue,
    }));
}

export async function queueWebhookDeliveries(limit = 200, now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM "DomainEvent" WHERE "webhooksAt" IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (claimed.length === 0) return 0;
    const ids = claimed.map((c) => c.id);
    const events = await tx.domainEvent.findMany({
      where: { id: { in: ids }, occurredAt: { gte: new Date(now.getTime() - DELIVER_WITHIN_MS) } },
      orderBy: { id: "asc" },
      include: {
        initiative: { select: { slug: true, jurisdiction: { select: { code: true } }, topics: { select: { slug: true } } } },
        topic: { select: { slug: true } },
        jurisdiction: { select: { code: true } },
      },
    });
    const subscriptions = events.length
      ? await tx.webhookSubscription.findMany({
          where: { disabledAt: null },
          select: SUBSCRIPTION_FILTER_SELECT,
        })
      : [];
    const rows: Prisma.WebhookDeliveryCreateManyInput[] = [];
    const appUrl = env().APP_URL;
    for (const e of events) {
      const type = eventTypeOf(e.kind);
      if (!type) continue;
      const about: EventAbout = {
        type,
        initiative: e.initiative?.slug ?? null,
        topics: e.initiative ? e.initiative.topics.map((t) => t.slug) : e.topic ? [e.topic.slug] : [],
        jurisdiction: e.initiative?.jurisdiction.code ?? e.jurisdiction?.code ?? null,
      };
      const path = about.initiative ? `/initiatives/${about.initiative}` : `/topics/${about.topics[0] ?? ""}`;
      const message: TWebhookMessage = {
        type,
        timestamp: e.occurredAt.toISOString(),
        data: { ...(e.payload as Record<string, unknown>), eventId: e.id.toString(), url: new URL(path, appUrl).toString() },
      };
      rows.push(...deliveriesFor(subscriptions, about, message, `event:${e.id}`));
    }
    if (rows.length) await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
    await tx.domainEvent.updateMany({ where: { id: { in: ids } }, data: { webhooksAt: now } });
    return claimed.length;
  });
}
