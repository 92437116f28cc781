import "server-only";
// count.recorded: each recorded batch of counts (CountBatch, written by lib/counts in the batch's
// transaction) becomes one message per subscription that names the type, once (CountBatch.webhooksAt),
// keyed by the batch's newest observation so a repeated round queues nothing twice.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliveriesFor, SUBSCRIPTION_FILTER_SELECT } from "./enqueue";
import type { TCountRecordedData, TWebhookMessage } from "./schemas";

const TYPE = "count.recorded";

export async function queueCountRecorded(limit = 200, now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM "CountBatch" WHERE "webhooksAt" IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (claimed.length === 0) return 0;
    const ids = claimed.map((c) => c.id);
    const subscriptions = await tx.webhookSubscription.findMany({
      where: { disabledAt: null, events: { has: TYPE } },
      select: SUBSCRIPTION_FILTER_SELECT,
    });
    const batches = subscriptions.length
      ? await tx.countBatch.findMany({
          where: { id: { in: ids } },
          orderBy: { id: "asc" },
          include: {
            initiative: {
              select: { slug: true, title: true, jurisdiction: { select: { code: true } }, topics: { select: { slug: true } } },
            },
          },
        })
      : [];
    const rows: Prisma.WebhookDeliveryCreateManyInput[] = [];
    for (const b of batches) {
      const { initiative } = b;
      const about = {
        type: TYPE,
        initiative: initiative.slug,
        topics: initiative.topics.map((t) => t.slug),
        jurisdiction: initiative.jurisdiction.code,
      } as const;
      const data: TCountRecordedData = {
        slug: initiative.slug,
        title: initiative.title as TCountRecordedData["title"],
        value: b.value,
        observedAt: b.observedAt.toISOString(),
        source: b.source,
        observations: b.observations,
        latestTotal: b.latestTotal,
        url: new URL(`/initiatives/${initiative.slug}`, env().APP_URL).toString(),
      };
      const message: TWebhookMessage = { type: TYPE, timestamp: data.observedAt, data };
      rows.push(...deliveriesFor(subscriptions, about, message, `counts:${b.observationId}`));
    }
    if (rows.length) await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
    await tx.countBatch.updateMany({ where: { id: { in: ids } }, data: { webhooksAt: now } });
    return claimed.length;
  });
}
