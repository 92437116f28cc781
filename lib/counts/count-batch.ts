import "server-only";
// The outbox row of the opt-in count.recorded webhook: one per recorded batch that holds a recent
// whole-initiative total, written in the batch's transaction (lib/webhooks/count-recorded.ts turns
// it into deliveries after commit). History older than a week is recorded, not announced.
import type { Tx } from "@/lib/db";
import { OUTBOX_CHANNEL } from "@/lib/events/emit-event";

const ANNOUNCE_COUNTS_WITHIN_MS = 7 * 86_400_000;

export type RecordedBatch = {
  initiativeId: string;
  /** The batch's whole-initiative totals (kind TOTAL, no region), as stored. */
  totals: { id: string; value: number; observedAt: Date }[];
  observations: number;
  source: string;
  latestTotal: number | null;
};

export async function writeCountBatch(tx: Tx, batch: RecordedBatch, now = new Date()): Promise<boolean> {
  const newest = batch.totals.reduce<RecordedBatch["totals"][number] | null>(
    (a, b) => (!a || b.observedAt.getTime() > a.observedAt.getTime() ? b : a),
    null,
  );
  if (!newest || newest.observedAt.getTime() < now.getTime() - ANNOUNCE_COUNTS_WITHIN_MS) return false;
  await tx.countBatch.create({
    data: {
      initiativeId: batch.initiativeId,
      observationId: newest.id,
      value: newest.value,
      observedAt: newest.observedAt,
      source: batch.source,
      observations: batch.observations,
      latestTotal: batch.latestTotal,
    },
  });
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return true;
}
