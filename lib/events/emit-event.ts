import "server-only";
// The notification outbox. Domain events are written in the same transaction as the change that
// caused them; the worker fans them out to followers after commit. dedupeKey makes an event
// idempotent: replaying an import or retrying a command never produces a second event. Payloads
// are checked against their kind's schema (domain-events.ts) before they are stored.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { DOMAIN_EVENT_PAYLOADS, type DomainEventInput } from "./domain-events";

export type { DomainEventInput };

export const OUTBOX_CHANNEL = "threshold_outbox";

export async function emitEvents(tx: Tx, events: DomainEventInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const { count } = await tx.domainEvent.createMany({
    data: events.map((e) => ({
      ...e,
      payload: JSON.parse(JSON.stringify(DOMAIN_EVENT_PAYLOADS[e.kind].parse(e.payload))) as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  if (count > 0) await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return count;
}
