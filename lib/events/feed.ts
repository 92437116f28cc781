import "server-only";
// What happened, for Atom feeds: new initiatives, thresholds reached, stage changes, published
// responses and topics' timeline events, newest first, for everything or for one initiative, topic
// or jurisdiction. Read from the outbox, the append-only record of domain events.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TLocalized } from "@/lib/i18n/locales";

export const FEED_KINDS = [
  "INITIATIVE_REGISTERED",
  "THRESHOLD_REACHED",
  "STAGE_CHANGED",
  "RESPONSE_PUBLISHED",
  "TOPIC_EVENT_ADDED",
] as const;

export type FeedScope = { initiative?: string; topic?: string; jurisdiction?: string };

export type FeedEvent = {
  id: string;
  kind: (typeof FEED_KINDS)[number];
  occurredAt: string;
  /** Null for a topic's timeline event. */
  initiative: { slug: string; title: TLocalized } | null;
  payload: Record<string, unknown>;
};

const INITIATIVE_KINDS = FEED_KINDS.filter((k) => k !== "TOPIC_EVENT_ADDED");

async function scopeWhere(scope: FeedScope): Promise<Prisma.DomainEventWhereInput | null> {
  const about = (initiative: Prisma.InitiativeWhereInput, topicEvents: Prisma.DomainEventWhereInput | null) => ({
    OR: [
      { kind: { in: [...INITIATIVE_KINDS] }, initiative: { ...initiative, withdrawnAt: null } },
      ...(topicEvents ? [{ kind: "TOPIC_EVENT_ADDED" as const, ...topicEvents }] : []),
    ],
  });
  if (scope.initiative) {
    if (!(await db().initiative.findUnique({ where: { slug: scope.initiative }, select: { id: true } }))) return null;
    return about({ slug: scope.initiative }, null);
  }
  if (scope.topic) {
    if (!(await db().topic.findUnique({ where: { slug: scope.topic }, select: { id: true } }))) return null;
    return about({ topics: { some: { slug: scope.topic } } }, { topic: { slug: scope.topic } });
  }
  if (scope.jurisdiction) {
    if (!(await db().jurisdiction.findUnique({ where: { code: scope.jurisdiction }, select: { id: true } }))) return null;
    return about({ jurisdiction: { code: scope.jurisdiction } }, { jurisdiction: { code: scope.jurisdiction } });
  }
  return about({}, {});
}

export async function listFeedEvents(scope: FeedScope = {}, limit = 50): Promise<FeedEvent[] | null> {
  const where = await scopeWhere(scope);
  if (!where) return null;
  const rows = await db().domainEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, occurredAt: true, payload: true, initiative: { select: { slug: true, title: true } } },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    kind: r.kind as FeedEvent["kind"],
    occurredAt: r.occurredAt.toISOString(),
    initiative: r.initiative ? { slug: r.initiative.slug, title: r.initiative.title as TLocalized } : null,
    payload: r.payload as Record<string, unknown>,
  }));
}
