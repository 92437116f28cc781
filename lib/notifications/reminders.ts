import "server-only";
// Scheduled events: deadline reminders 7 days and 1 day before a collection closes, recorded in the
// outbox like any other event (so followers hear about them with their preferences), once per
// deadline.
import { db } from "@/lib/db";
import { emitEvents, type DomainEventInput } from "@/lib/events/emit-event";

const DAY = 86_400_000;

export async function emitDeadlineReminders(now = new Date()): Promise<number> {
  const open = { withdrawnAt: null, closedAt: null } as const;
  const within = async (days: number) =>
    db().initiative.findMany({
      where: { ...open, collectionEndsAt: { gt: now, lte: new Date(now.getTime() + days * DAY) } },
      select: { id: true, slug: true, title: true, collectionEndsAt: true },
    });
  const events: DomainEventInput[] = [];
  for (const [kind, days] of [
    ["DEADLINE_7_DAYS", 7],
    ["DEADLINE_1_DAY", 1],
  ] as const) {
    for (const i of await within(days)) {
      const deadline = (i.collectionEndsAt as Date).toISOString();
      events.push({
        kind,
        initiativeId: i.id,
        dedupeKey: `${kind}:${i.id}:${deadline}`,
        occurredAt: now,
        payload: { slug: i.slug, title: i.title, deadline },
      });
    }
  }
  if (events.length === 0) return 0;
  return db().$transaction((tx) => emitEvents(tx, events));
}
