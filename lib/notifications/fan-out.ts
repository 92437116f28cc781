import "server-only";
// Fanning one domain event out to everyone who followed its initiative, one of its topics or its
// jurisdiction (for a topic's own timeline events: that topic) before it happened, in batches of followers (a viral initiative can have 100,000; the admin's write
// never waits for this). Idempotent by construction: notification and email ids are derived from
// (event, user), and inserts skip what exists, so a retried or restarted batch adds nothing twice.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Channel } from "@/lib/generated/prisma/client";
import { ANNOUNCE_WITHIN_DAYS } from "./kinds";
import { eventEmail } from "./emails";
import { DEFAULT_CHANNELS } from "./preferences";
import { unsubscribeToken } from "./unsubscribe";

export type FanOutResult = { status: "missing" | "done-before" | "stale" | "done"; notifications: number; emails: string[] };

type Follower = { userId: string; email: string; locale: string; wants: boolean };

export function unsubscribeUrl(userId: string): string {
  return new URL(`/api/unsubscribe?token=${unsubscribeToken(userId)}`, env().APP_URL).toString();
}

export async function fanOutEvent(
  eventId: bigint,
  options: { now?: Date; batchSize?: number; onEmails?: (ids: string[]) => Promise<void> } = {},
): Promise<FanOutResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1000;
  const event = await db().domainEvent.findUnique({
    where: { id: eventId },
    include: {
      initiative: {
        select: { id: true, slug: true, title: true, latestTotal: true, jurisdictionId: true, topics: { select: { id: true } } },
      },
    },
  });
  if (!event) return { status: "missing", notifications: 0, emails: [] };
  if (event.fannedOutAt) return { status: "done-before", notifications: 0, emails: [] };
  const initiative = event.initiative;
  if ((!initiative && !event.topicId) || event.occurredAt.getTime() < now.getTime() - ANNOUNCE_WITHIN_DAYS * 86_400_000) {
    await db().domainEvent.update({ where: { id: eventId }, data: { fannedOutAt: now } });
    return { status: "stale", notifications: 0, emails: [] };
  }

  const topicIds = initiative ? initiative.topics.map((t) => t.id) : [event.topicId as string];
  const initiativeId = initiative?.id ?? null;
  const jurisdictionId = initiative?.jurisdictionId ?? null;
  const appUrl = env().APP_URL;
  let cursor = "";
  let notifications = 0;
  const emails: string[] = [];
  for (;;) {
    const followers = await db().$queryRaw<Follower[]>`
      SELECT f."userId", u.email, u.locale,
             bool_or(coalesce(cardinality(f."eventKinds"), 0) = 0 OR ${event.kind}::"EventKind" = ANY(f."eventKinds")) AS wants
      FROM "Follow" f JOIN "User" u ON u.id = f."userId"
      WHERE (f."initiativeId" = ${initiativeId} OR f."topicId" = ANY(${topicIds}::text[]) OR f."jurisdictionId" = ${jurisdictionId})
        AND f."createdAt" <= ${event.createdAt}
        AND u."disabledAt" IS NULL AND f."userId" > ${cursor}
      GROUP BY f."userId", u.email, u.locale
      ORDER BY f."userId"
      LIMIT ${batchSize}`;
    if (followers.length === 0) break;
    cursor = (followers[followers.length - 1] as Follower).userId;

    const wanting = followers.filter((f) => f.wants);
    const saved = await db().notificationPreference.findMany({
      where: { eventKind: event.kind, userId: { in: wanting.map((f) => f.userId) } },
      select: { userId: true, channels: true },
    });
    const channelsOf = new Map<string, Channel[]>(saved.map((p) => [p.userId, p.channels]));
    const rows = wanting
      .map((f) => ({ follower: f, channels: channelsOf.get(f.userId) ?? DEFAULT_CHANNELS[event.kind] }))
      .filter((r) => r.channels.length > 0);

    const created = await db().notification.createMany({
      data: rows.map(({ follower, channels }) => ({
        id: `n${event.id}-${follower.userId}`,
        userId: follower.userId,
        eventId: event.id,
        kind: event.kind,
        initiativeId,
        inApp: channels.includes("IN_APP"),
      })),
      skipDuplicates: true,
    });
    notifications += created.count;

    const instant = rows.filter((r) => r.channels.includes("EMAIL_INSTANT"));
    if (instant.length) {
      const describable = { kind: event.kind, payload: event.payload, initiative };
      const batchEmails = instant.map(({ follower }) => {
        const rendered = eventEmail(
          describable,
          { email: follower.email, locale: follower.locale, unsubscribeUrl: unsubscribeUrl(follower.userId) },
          appUrl,
        );
        return {
          id: `e${event.id}-${follower.userId}`,
          dedupeKey: `notification:${event.id}:${follower.userId}`,
          userId: follower.userId,
          notificationId: `n${event.id}-${follower.userId}`,
          toAddress: follower.email,
          subject: rendered.subject,
          textBody: rendered.text,
          htmlBody: rendered.html,
          headers: rendered.headers,
        };
      });
      await db().emailOutbox.createMany({ data: batchEmails, skipDuplicates: true });
      const ids = batchEmails.map((e) => e.id);
      emails.push(...ids);
      await options.onEmails?.(ids);
    }
    if (followers.length < batchSize) break;
  }
  await db().domainEvent.update({ where: { id: eventId }, data: { fannedOutAt: new Date() } });
  return { status: "done", notifications, emails };
}
