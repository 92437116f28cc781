import "server-only";
// What happened, for Atom feeds: thresholds reached, stage changes and published responses, newest
// first, for everything or for one initiative, topic or jurisdiction. Read from the outbox, the
// append-only record of domain events.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TLocalized } from "@/lib/i18n/locales";

export const FEED_KINDS = ["THRESHOLD_REACHED", "STAGE_CHANGED", "RESPONSE_PUBLISHED"] as const;

export type FeedScope = { initiative?: string; topic?: string; jurisdiction?: string };

export type FeedEvent = {
  id: string;
  kind: (typeof FEED_KINDS)[number];
  occurredAt: string;
  initiative: { slug: string; title: TLocalized };
  payload: Record<string, unknown>;
};

export async function listFeedEvents(scope: FeedScope = {}, limit = 50): Promise<FeedEvent[] | null> {
  const where: Prisma.DomainEventWhereInput = { kind: { in: [...FEED_KINDS] }, initiative: { withdrawnAt: null } };
  if (scope.initiative) {
    if (!(await db().initiative.findUnique({ where: { slug: scope.initiative }, select: { id: true } }))) return null;
    where.initiative = { slug: scope.initiative, withdrawnAt: null };
  }
  if (scope.topic) {
    if (!(await db().topic.findUnique({ where: { slug: scope.topic }, select: { id: true } }))) return null;
    where.initiative = { topics: { some: { slug: scope.topic } }, withdrawnAt: null };
  }
  if (scope.jurisdiction) {
    if (!(await db().jurisdiction.findUnique({ where: { code: scope.jurisdiction }, select: { id: true } }))) return null;
    where.initiative = { jurisdiction: { code: scope.jurisdiction }, withdrawnAt: null };
  }
  const rows = await db().domainEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, occurredAt: true, payload: true, initiative: { select: { slug: true, title: true } } },
  });
  return rows
    .filter((r) => r.initiative)
    .map((r) => ({
      id: r.id.toString(),
      kind: r.kind as FeedEvent["kind"],
      occurredAt: r.occurredAt.toISOString(),
      initiative: { slug: r.initiative?.slug ?? "", title: r.initiative?.title as TLocalized },
      payload: r.payload as Record<string, unknown>,
    }));
}
