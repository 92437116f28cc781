import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follow";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { fanOutEvent } from "./fan-out";
import { savePreferences } from "./preferences";

const editor = systemActor("test");
const record = (slug: string, value: number, at = new Date()) =>
  recordCounts(editor, { slug }, { observations: [{ value, observedAt: at }] }, { via: "api" });

describe("fanning out events to followers (real PostgreSQL)", () => {
  it("creates one notification per follower and an instant email when their preferences ask for it", async () => {
    const { slug, id } = await makeInitiative();
    const [a, b, c, stranger] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    await follow(a, { target: "initiative", id: slug });
    await follow(b, { target: "initiative", id: slug });
    await follow(c, { target: "jurisdiction", id: "fi" });
    await savePreferences(b, { THRESHOLD_REACHED: ["IN_APP"] });
    await record(slug, 50_500);
    const event = await db().domainEvent.findFirstOrThrow({ where: { initiativeId: id, kind: "THRESHOLD_REACHED" } });

    const first = await fanOutEvent(event.id, { batchSize: 2 });
    expect(first.status).toBe("done");
    const notified = await db().notification.findMany({ where: { eventId: event.id }, select: { userId: true } });
    expect(notified.map((n) => n.userId)).toEqual(expect.arrayContaining([a.userId, b.userId, c.userId]));
    expect(notified.map((n) => n.userId)).not.toContain(stranger.userId);
    const emails = await db().emailOutbox.findMany({ where: { dedupeKey: { startsWith: `notification:${event.id}:` } } });
    // Other tests' people may follow Finland too: look at this test's own.
    const ours = new Set([a.userId, b.userId, c.userId, stranger.userId]);
    expect(
      emails
        .map((e) => e.userId)
        .filter((id) => ours.has(id as string))
        .sort(),
    ).toEqual([a.userId, c.userId].sort());
    expect(emails.find((e) => e.userId === a.userId)?.subject).toContain("reached 50,000 signatures");

    // Running it again (a retry, a restart) adds nothing.
    await db().domainEvent.update({ where: { id: event.id }, data: { fannedOutAt: null } });
    await fanOutEvent(event.id, { batchSize: 2 });
    expect(await db().notification.count({ where: { eventId: event.id } })).toBe(notified.length);
    expect(await db().emailOutbox.count({ where: { dedupeKey: { startsWith: `notification:${event.id}:` } } })).toBe(emails.length);
  });

  it("records but does not announce events older than a week, nor to people who followed afterwards", async () => {
    const { slug, id } = await makeInitiative();
    await record(slug, 50_100, new Date(Date.now() - 8 * 86_400_000));
    const late = await makeUser();
    await follow(late, { target: "initiative", id: slug });
    const event = await db().domainEvent.findFirstOrThrow({ where: { initiativeId: id, kind: "THRESHOLD_REACHED" } });
    expect((await fanOutEvent(event.id)).status).toBe("stale");
    expect(await db().notification.count({ where: { eventId: event.id } })).toBe(0);
  });
});
