import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follow";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { queueDailyDigests } from "./digest";
import { fanOutEvent } from "./fan-out";
import { savePreferences } from "./preferences";
import { emitDeadlineReminders } from "./reminders";

describe("scheduled notifications (real PostgreSQL)", () => {
  it("reminds followers 7 days and 1 day before the deadline, once per deadline", async () => {
    const { id } = await makeInitiative({
      openedAt: new Date(Date.now() - 100 * 86_400_000),
      collectionEndsAt: new Date(Date.now() + 12 * 3_600_000),
    });
    expect(await emitDeadlineReminders()).toBeGreaterThanOrEqual(2);
    const kinds = (await db().domainEvent.findMany({ where: { initiativeId: id, kind: { in: ["DEADLINE_7_DAYS", "DEADLINE_1_DAY"] } } }))
      .map((e) => e.kind)
      .sort();
    expect(kinds).toEqual(["DEADLINE_1_DAY", "DEADLINE_7_DAYS"]);
    await emitDeadlineReminders();
    expect(await db().domainEvent.count({ where: { initiativeId: id, kind: { in: ["DEADLINE_7_DAYS", "DEADLINE_1_DAY"] } } })).toBe(2);
  });

  it("gathers a day's notifications into one digest email for people who asked for digests", async () => {
    const { slug, id } = await makeInitiative();
    const reader = await makeUser();
    await follow(reader, { target: "initiative", id: slug });
    await savePreferences(reader, { THRESHOLD_REACHED: ["IN_APP", "EMAIL_DIGEST"], MILESTONE: ["EMAIL_DIGEST"] });
    await recordCounts(systemActor("test"), { slug }, { observations: [{ value: 51_000, observedAt: new Date() }] }, { via: "api" });
    for (const e of await db().domainEvent.findMany({ where: { initiativeId: id } })) await fanOutEvent(e.id);
    expect(await db().emailOutbox.count({ where: { userId: reader.userId, dedupeKey: { startsWith: "notification:" } } })).toBe(0);

    const queued = await queueDailyDigests();
    const digest = await db().emailOutbox.findFirstOrThrow({ where: { userId: reader.userId, dedupeKey: { startsWith: "digest:" } } });
    expect(queued).toContain(digest.id);
    expect(digest.subject).toMatch(/^Your Threshold digest: \d+ updates?$/);
    expect(digest.textBody).toContain("reached 50,000 signatures");
    await queueDailyDigests();
    expect(await db().emailOutbox.count({ where: { userId: reader.userId, dedupeKey: { startsWith: "digest:" } } })).toBe(1);
  });
});
