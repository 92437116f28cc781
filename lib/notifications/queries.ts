import "server-only";
// In-app notifications: the unread count for the bell, the list, and marking as read. Only ever a
// person's own.
import { z } from "zod";
import { db } from "@/lib/db";
import { requireUser, type Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/parse-input";

export async function unreadCount(actor: Actor | null): Promise<number> {
  const user = requireUser(actor);
  return db().notification.count({ where: { userId: user.userId, inApp: true, readAt: null } });
}

export async function listNotifications(actor: Actor | null, limit = 50) {
  const user = requireUser(actor);
  const rows = await db().notification.findMany({
    where: { userId: user.userId, inApp: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: {
      event: { select: { kind: true, payload: true, occurredAt: true } },
      initiative: { select: { slug: true, title: true, latestTotal: true } },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.event.kind,
    payload: n.event.payload,
    occurredAt: n.event.occurredAt,
    readAt: n.readAt,
    initiative: n.initiative,
  }));
}

export const ZMarkRead = z.object({ ids: z.array(z.string().min(1)).max(200).optional(), all: z.boolean().optional() });
/** The notifications page's form: one notification ("id"), or all of them without one. */
export const ZMarkReadForm = z.object({ id: z.string().min(1).max(100).optional() });

export async function markRead(actor: Actor | null, input: z.input<typeof ZMarkRead>): Promise<number> {
  const user = requireUser(actor);
  const data = parseInput(ZMarkRead, input);
  const { count } = await db().notification.updateMany({
    where: { userId: user.userId, readAt: null, ...(data.all ? {} : { id: { in: data.ids ?? [] } }) },
    data: { readAt: new Date() },
  });
  return count;
}
