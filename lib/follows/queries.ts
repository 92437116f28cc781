import "server-only";
// A person's page: what they follow with current counts and stages, and what changed since their
// last visit (domain events recorded since then on anything they follow).
import { db } from "@/lib/db";
import { requireUser, type Actor } from "@/lib/auth/actor";
import type { Locale, TLocalized } from "@/lib/i18n/locales";
import { summariesByIds } from "@/lib/initiatives/queries";
import type { TInitiativeSummary } from "@/lib/initiatives/dto";
import type { EventKind } from "@/lib/generated/prisma/enums";
import type { TFollowTarget } from "./schemas";

export type FollowedItem = {
  target: TFollowTarget;
  id: string;
  name: TLocalized;
  path: string;
  initiative: TInitiativeSummary | null;
  eventKinds: EventKind[];
};
export type Change = {
  id: string;
  kind: string;
  occurredAt: Date;
  payload: unknown;
  initiative: { slug: string; title: unknown; latestTotal: number | null } | null;
};

export async function myFollows(actor: Actor | null, now = new Date()) {
  const user = requireUser(actor);
  const [me, follows] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true, lastSeenAt: true, locale: true } }),
    db().follow.findMany({
      where: { userId: user.userId },
      orderBy: { createdAt: "desc" },
      include: {
        initiative: { select: { id: true, slug: true, title: true } },
        topic: { select: { id: true, slug: true, name: true } },
        jurisdiction: { select: { id: true, code: true, name: true } },
      },
    }),
  ]);
  const summaries = await summariesByIds(
    follows.flatMap((f) => (f.initiative ? [f.initiative.id] : [])),
    now,
  );
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  const items: FollowedItem[] = follows.map((f) => ({ ...followedItem(f), eventKinds: f.eventKinds }));
  function followedItem(f: (typeof follows)[number]): Omit<FollowedItem, "eventKinds"> {
    if (f.initiative)
      return {
        target: "initiative",
        id: f.initiative.slug,
        name: f.initiative.title as TLocalized,
        path: `/initiatives/${f.initiative.slug}`,
        initiative: bySlug.get(f.initiative.slug) ?? null,
      };
    if (f.topic)
      return { target: "topic", id: f.topic.slug, name: f.topic.name as TLocalized, path: `/topics/${f.topic.slug}`, initiative: null };
    const j = f.jurisdiction as { code: string; name: unknown };
    return { target: "jurisdiction", id: j.code, name: j.name as TLocalized, path: `/jurisdictions/${j.code}`, initiative: null };
  }

  const since = me.lastSeenAt ?? new Date(now.getTime() - 30 * 86_400_000);
  const initiativeIds = follows.flatMap((f) => (f.initiativeId ? [f.initiativeId] : []));
  const topicIds = follows.flatMap((f) => (f.topicId ? [f.topicId] : []));
  const jurisdictionIds = follows.flatMap((f) => (f.jurisdictionId ? [f.jurisdictionId] : []));
  const changes: Change[] = follows.length
    ? (
        await db().domainEvent.findMany({
          where: {
            createdAt: { gt: since },
            OR: [
              {
                initiative: {
                  withdrawnAt: null,
                  OR: [
                    { id: { in: initiativeIds } },
                    { topics: { some: { id: { in: topicIds } } } },
                    { jurisdictionId: { in: jurisdictionIds } },
                  ],
                },
              },
              { kind: "TOPIC_EVENT_ADDED", topicId: { in: topicIds } },
            ],
          },
          orderBy: { occurredAt: "desc" },
          take: 50,
          include: { initiative: { select: { slug: true, title: true, latestTotal: true } } },
        })
      ).map((e) => ({ id: e.id.toString(), kind: e.kind, occurredAt: e.occurredAt, payload: e.payload, initiative: e.initiative }))
    : [];
  return { email: me.email, lastSeenAt: me.lastSeenAt, items, changes };
}

/**
 * Remembers this visit, for "what changed since your last visit", and the language the account
 * pages were read in: emails are sent in it.
 */
export async function markVisited(actor: Actor | null, locale: Locale, at = new Date()): Promise<void> {
  const user = requireUser(actor);
  await db().user.update({ where: { id: user.userId }, data: { lastSeenAt: at, locale } });
}
