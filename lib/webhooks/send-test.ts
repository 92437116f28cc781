import "server-only";
// A test message to one of the actor's webhooks: queued like any other delivery (signed, retried,
// in the delivery log), with the type "webhook.test".
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newMessageId, WEBHOOKS_CHANNEL } from "./enqueue";
import { ownWebhook } from "./queries";
import { TEST_EVENT_TYPE, type TWebhookMessage } from "./schemas";

export async function sendTestWebhook(actor: Actor | null, id: string): Promise<{ id: string; eventType: string }> {
  const sub = await ownWebhook(actor, id);
  const deliveryId = newMessageId();
  const message: TWebhookMessage = {
    type: TEST_EVENT_TYPE,
    timestamp: new Date().toISOString(),
    data: { webhook: sub.id, message: "A test message from Threshold: your endpoint received it." },
  };
  await db().$transaction(async (tx) => {
    await tx.webhookDelivery.create({
      data: {
        id: deliveryId,
        subscriptionId: sub.id,
        eventType: TEST_EVENT_TYPE,
        dedupeKey: `test:${deliveryId}`,
        payload: message as unknown as Prisma.InputJsonValue,
      },
    });
    await tx.$executeRaw`SELECT pg_notify(${WEBHOOKS_CHANNEL}, '')`;
  });
  return { id: deliveryId, eventType: TEST_EVENT_TYPE };
}
