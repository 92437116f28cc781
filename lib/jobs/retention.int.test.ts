import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { applyRetention } from "./retention";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe("retention (real PostgreSQL)", () => {
  it("removes what has expired or aged out, and nothing else", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const user = await makeUser("USER");
    const id = () => randomUUID();
    const [oldSession, liveSession] = [id(), id()];
    await db().session.createMany({
      data: [
        { sessionToken: oldSession, userId: user.userId, expires: ago(1000) },
        { sessionToken: liveSession, userId: user.userId, expires: new Date(now.getTime() + DAY) },
      ],
    });
    const [oldToken, liveToken] = [id(), id()];
    await db().verificationToken.createMany({
      data: [
        { identifier: "a@example.org", token: oldToken, expires: ago(1000) },
        { identifier: "a@example.org", token: liveToken, expires: new Date(now.getTime() + HOUR) },
      ],
    });
    const [oldLimit, liveLimit] = [id(), id()];
    await db().rateLimit.createMany({
      data: [
        { key: oldLimit, points: 3, expire: BigInt(now.getTime() - 1000) },
        { key: liveLimit, points: 3, expire: BigInt(now.getTime() + HOUR) },
      ],
    });
    const [oldKey, liveKey] = [id(), id()];
    await db().idempotencyKey.createMany({
      data: [
        { scope: "s", key: oldKey, requestHash: "h", createdAt: ago(25 * HOUR) },
        { scope: "s", key: liveKey, requestHash: "h", createdAt: ago(23 * HOUR) },
      ],
    });
    const email = (dedupeKey: string, status: "SENT" | "PENDING", sentAt: Date | null) => ({
      dedupeKey,
      toAddress: "a@example.org",
      subject: "s",
      textBody: "t",
      status,
      sentAt,
    });
    const [oldSent, recentSent, oldPending] = [id(), id(), id()];
    await db().emailOutbox.createMany({
      data: [email(oldSent, "SENT", ago(31 * DAY)), email(recentSent, "SENT", ago(29 * DAY)), email(oldPending, "PENDING", null)],
    });
    const { id: initiativeId } = await makeInitiative();
    const batch = (webhooksAt: Date | null) => ({
      initiativeId,
      observationId: id(),
      value: 1,
      observedAt: now,
      source: "api",
      observations: 1,
      webhooksAt,
    });
    await db().countBatch.createMany({ data: [batch(ago(25 * HOUR)), batch(ago(23 * HOUR)), batch(null)] });

    const removed = await applyRetention(now);
    for (const n of Object.values(removed)) expect(n).toBeGreaterThanOrEqual(1);

    expect(
      (await db().session.findMany({ where: { sessionToken: { in: [oldSession, liveSession] } } })).map((s) => s.sessionToken),
    ).toEqual([liveSession]);
    expect((await db().verificationToken.findMany({ where: { token: { in: [oldToken, liveToken] } } })).map((t) => t.token)).toEqual([
      liveToken,
    ]);
    expect((await db().rateLimit.findMany({ where: { key: { in: [oldLimit, liveLimit] } } })).map((r) => r.key)).toEqual([liveLimit]);
    expect((await db().idempotencyKey.findMany({ where: { key: { in: [oldKey, liveKey] } } })).map((k) => k.key)).toEqual([liveKey]);
    const emails = await db().emailOutbox.findMany({ where: { dedupeKey: { in: [oldSent, recentSent, oldPending] } } });
    expect(emails.map((e) => e.dedupeKey).sort()).toEqual([recentSent, oldPending].sort());
    // Count batches a day after their deliveries were queued; not yet queued ones stay.
    expect((await db().countBatch.findMany({ where: { initiativeId }, orderBy: { id: "asc" } })).map((b) => b.webhooksAt)).toEqual([
      ago(23 * HOUR),
      null,
    ]);
  });
});
