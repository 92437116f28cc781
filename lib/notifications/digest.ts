import "server-only";
// The daily digest: one email per person with everything from the last two days they chose to hear
// about by digest, once per day (dedupe key digest:<user>:<date>), marking what it included.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { digestEmail } from "./emails";
import { unsubscribeUrl } from "./fan-out";
import { getPreferences } from "./preferences";

export async function queueDailyDigests(now = new Date()): Promise<string[]> {
  const day = now.toISOString().slice(0, 10);
  const users = await db().user.findMany({
    where: { disabledAt: null, preferences: { some: { channels: { has: "EMAIL_DIGEST" } } } },
    select: { id: true, email: true, locale: true },
  });
  const queued: string[] = [];
  for (const user of users) {
    const prefs = await getPreferences(user.id);
    const kinds = Object.entries(prefs)
      .filter(([, channels]) => channels.includes("EMAIL_DIGEST"))
      .map(([kind]) => kind as keyof typeof prefs);
    const items = await db().notification.findMany({
      where: { userId: user.id, digestedAt: null, kind: { in: kinds }, createdAt: { gt: new Date(now.getTime() - 2 * 86_400_000) } },
      orderBy: { createdAt: "asc" },
      include: { event: true, initiative: { select: { slug: true, title: true, latestTotal: true } } },
    });
    if (items.length === 0) continue;
    const rendered = digestEmail(
      items.map((n) => ({ kind: n.kind, payload: n.event.payload, initiative: n.initiative })),
      { email: user.email, locale: user.locale, unsubscribeUrl: unsubscribeUrl(user.id) },
      env().APP_URL,
    );
    const id = await db().$transaction(async (tx) => {
      const email = await tx.emailOutbox.upsert({
        where: { dedupeKey: `digest:${user.id}:${day}` },
        create: {
          dedupeKey: `digest:${user.id}:${day}`,
          userId: user.id,
          toAddress: user.email,
          subject: rendered.subject,
          textBody: rendered.text,
          htmlBody: rendered.html,
          headers: rendered.headers,
        },
        update: {},
        select: { id: true },
      });
      await tx.notification.updateMany({ where: { id: { in: items.map((n) => n.id) } }, data: { digestedAt: now } });
      return email.id;
    });
    queued.push(id);
  }
  return queued;
}
