import "server-only";
// The notification pipeline in the worker: outbox relay (woken by NOTIFY, and every few seconds
// in case a wake-up was missed) -> fan-out jobs -> email jobs; a sweeper re-queues emails that are
// due again (retries with backoff, or a lease left by a worker that died); hourly deadline
// reminders and a daily digest on schedules.
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { coalescedRounds } from "@/lib/jobs/coalesce";
import { inParallel } from "@/lib/jobs/in-parallel";
import type { JobModule } from "@/lib/jobs/types";
import { deliverOutboxEmail, dueEmailIds } from "./deliver-email";
import { queueDailyDigests } from "./digest";
import { fanOutEvent } from "./fan-out";
import { FANOUT_QUEUE, relayOutbox } from "./relay";
import { emitDeadlineReminders } from "./reminders";

export const EMAIL_QUEUE = "email.send";
const REMINDERS = "notifications.reminders";
const DIGEST = "notifications.digest";

export async function enqueueEmails(boss: PgBoss, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await boss.insert(ids.map((emailId) => ({ name: EMAIL_QUEUE, data: { emailId }, singletonKey: emailId })));
}

export const notificationJobs: JobModule = {
  name: "notifications",
  async start({ boss, log, onNotify }) {
    const e = env();
    await boss.createQueue(FANOUT_QUEUE, { name: FANOUT_QUEUE, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 900 });
    await boss.createQueue(EMAIL_QUEUE, {
      name: EMAIL_QUEUE,
      retryLimit: 3,
      retryDelay: 10,
      retryBackoff: true,
      expireInSeconds: Math.max(30, e.EMAIL_LEASE_SECONDS * 2),
    });
    await boss.createQueue(REMINDERS, { name: REMINDERS, retryLimit: 2 });
    await boss.createQueue(DIGEST, { name: DIGEST, retryLimit: 2 });

    // pg-boss waits its polling interval between fetches, so each fetch takes a batch.
    await boss.work<{ eventId: string }>(FANOUT_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 10 }, async (jobs) => {
      for (const job of jobs) {
        const result = await fanOutEvent(BigInt(job.data.eventId), { onEmails: (ids) => enqueueEmails(boss, ids) });
        if (result.status === "done")
          log(`event ${job.data.eventId}: ${result.notifications} notification(s), ${result.emails.length} email(s)`);
      }
    });
    await boss.work<{ emailId: string }>(EMAIL_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 50 }, async (jobs) => {
      await inParallel(jobs, e.WORKER_CONCURRENCY, (job) => deliverOutboxEmail(job.data.emailId));
    });
    await boss.work(REMINDERS, async () => {
      const n = await emitDeadlineReminders();
      if (n) log(`${n} deadline reminder(s)`);
    });
    await boss.work(DIGEST, async () => {
      const ids = await queueDailyDigests();
      await enqueueEmails(boss, ids);
      if (ids.length) log(`${ids.length} digest(s)`);
    });
    await boss.schedule(REMINDERS, "5 * * * *");
    await boss.schedule(DIGEST, `0 ${e.DIGEST_HOUR_UTC} * * *`);

    const relay = coalescedRounds(
      async () => {
        while ((await relayOutbox(boss)) > 0);
      },
      (err) => log(`relay failed: ${err instanceof Error ? err.message : String(err)}`),
    );
    const sweep = () => {
      dueEmailIds()
        .then((ids) => enqueueEmails(boss, ids))
        .catch((err: unknown) => log(`email sweep failed: ${err instanceof Error ? err.message : String(err)}`));
    };
    onNotify("threshold_outbox", relay);
    relay();
    sweep();
    const relayTimer = setInterval(relay, 5_000);
    const sweepTimer = setInterval(sweep, Math.max(2, Math.min(10, e.EMAIL_LEASE_SECONDS)) * 1000);
    return async () => {
      clearInterval(relayTimer);
      clearInterval(sweepTimer);
    };
  },
};
