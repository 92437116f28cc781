import "server-only";
// The outbox relay: hands committed domain events to the job queue, in the same transaction that
// marks them dispatched, so no event is lost or handed over twice (and fan-out is idempotent anyway).
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { ANNOUNCE_WITHIN_DAYS } from "./kinds";

export const FANOUT_QUEUE = "notifications.fanout";

export async function relayOutbox(boss: PgBoss, limit = 200): Promise<number> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: bigint; occurredAt: Date }[]>`
      SELECT id, "occurredAt" FROM "DomainEvent" WHERE "dispatchedAt" IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (claimed.length === 0) return 0;
    // Old news (an import of history) is recorded but never announced: no job needed.
    const cutoff = Date.now() - ANNOUNCE_WITHIN_DAYS * 86_400_000;
    const stale = claimed.filter((e) => e.occurredAt.getTime() < cutoff).map((e) => e.id);
    if (stale.length)
      await tx.domainEvent.updateMany({ where: { id: { in: stale } }, data: { dispatchedAt: new Date(), fannedOutAt: new Date() } });
    const events = claimed.filter((e) => e.occurredAt.getTime() >= cutoff);
    const executor = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
    };
    for (const e of events) {
      await boss.send(FANOUT_QUEUE, { eventId: e.id.toString() }, { singletonKey: `fanout:${e.id}`, db: executor });
    }
    await tx.domainEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: new Date() } });
    return claimed.length;
  });
}
