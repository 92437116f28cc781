import "server-only";
// Webhooks in the worker, a job of their own (apart from email): woken by the outbox's NOTIFY and
// by test messages, and every second for retries that fall due. Each round turns new domain events
// and recorded count batches into deliveries, then sends what is due, WORKER_CONCURRENCY at a time.
import { env } from "@/lib/env";
import { OUTBOX_CHANNEL } from "@/lib/events/emit-event";
import { coalescedRounds } from "@/lib/jobs/coalesce";
import { inParallel } from "@/lib/jobs/in-parallel";
import type { JobModule } from "@/lib/jobs/types";
import { queueCountRecorded } from "./count-recorded";
import { deliverWebhook, dueWebhookDeliveries } from "./deliver";
import { queueWebhookDeliveries, WEBHOOKS_CHANNEL } from "./enqueue";

export const webhookJobs: JobModule = {
  name: "webhooks",
  async start({ log, onNotify }) {
    const round = coalescedRounds(
      async () => {
        while ((await queueWebhookDeliveries()) + (await queueCountRecorded()) > 0);
        const due = await dueWebhookDeliveries();
        await inParallel(due, env().WORKER_CONCURRENCY, async (id) => {
          const result = await deliverWebhook(id);
          if (result !== "skipped" && result !== "delivered") log(`webhook ${id}: ${result}`);
        });
      },
      (err) => log(`webhooks failed: ${err instanceof Error ? err.message : String(err)}`),
    );
    onNotify(OUTBOX_CHANNEL, round);
    onNotify(WEBHOOKS_CHANNEL, round);
    round();
    const timer = setInterval(round, 1_000);
    return async () => clearInterval(timer);
  },
};
