import "server-only";
// The notification outbox. Domain events are written in the same transaction as the change that
// caused them; the worker fans them out to followers after commit. dedupeKey makes an event
// idempotent: replaying an import or retrying a command never produces a second event.
import type { EventKind, Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export const OUTBOX_CHANNEL = "threshold_outbox";

export type DomainEventInput = {
  kind: EventKind;
  initiativeId: string | null;
  dedupeKey: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
};

export async function emitEvents(tx: Tx, events: DomainEventInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const { count } = await tx.domainEvent.createMany({
    data: events.map((e) => ({ ...e, payload: e.payload as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  if (count > 0) await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return count;
}
