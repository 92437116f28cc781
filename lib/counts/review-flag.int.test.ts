import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findInitiativeStatus } from "@/lib/initiatives/queries";
import { makeInitiative, makeUser, testActor } from "@/lib/testing/factories";
import { recordCounts } from "./record-counts";
import { reviewFlag, reviewStaleSource } from "./review-flag";
import { reviewQueue } from "@/lib/counts/admin-queries";

const ctx = { via: "web" as const };
const H = 3_600_000;

async function withDecrease() {
  const i = await makeInitiative();
  const at = (h: number) => new Date(Date.UTC(2026, 0, 6, 10) + h * H);
  await recordCounts(testActor, { slug: i.slug }, { observations: [{ value: 1000, observedAt: at(0) }] }, ctx);
  await recordCounts(testActor, { slug: i.slug }, { observations: [{ value: 900, observedAt: at(24) }] }, ctx);
  const flag = await db().dataQualityFlag.findFirstOrThrow({ where: { initiativeId: i.id } });
  return { ...i, flag };
}

describe("reviewing data-quality flags (real PostgreSQL)", () => {
  it("confirms a flag with a public note, which the public status shows as a data note", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, flag } = await withDecrease();
    expect(flag).toMatchObject({ code: "decrease", status: "OPEN" });
    await reviewFlag(editor, { flagId: flag.id, decision: "confirm", publicNote: "The organisers removed duplicate statements." }, ctx);
    expect(await db().dataQualityFlag.findUniqueOrThrow({ where: { id: flag.id } })).toMatchObject({
      status: "CONFIRMED",
      publicNote: "The organisers removed duplicate statements.",
      reviewedById: editor.userId,
    });
    const status = await findInitiativeStatus(slug);
    expect(status?.dataNotes).toMatchObject([{ code: "decrease", note: "The organisers removed duplicate statements." }]);
  });

  it("dismisses a flag, needs a note to confirm, and reviews each flag once", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, flag } = await withDecrease();
    await expect(reviewFlag(editor, { flagId: flag.id, decision: "confirm" }, ctx)).rejects.toMatchObject({
      issues: [{ path: "publicNote", code: "publicNote" }],
    });
    await reviewFlag(editor, { flagId: flag.id, decision: "dismiss" }, ctx);
    await expect(reviewFlag(editor, { flagId: flag.id, decision: "confirm", publicNote: "Late" }, ctx)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await findInitiativeStatus(slug))?.dataNotes).toEqual([]);
    await expect(reviewFlag(await makeUser("USER"), { flagId: flag.id, decision: "dismiss" }, ctx)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("stores a stale-source flag when it is reviewed, tied to the observation it was about", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative({ openedAt: new Date(Date.now() - 20 * 86_400_000) });
    const start = Date.now() - 10 * 86_400_000;
    await recordCounts(
      testActor,
      { slug },
      { observations: [0, 1, 2, 3].map((d) => ({ value: 100 * (d + 1), observedAt: new Date(start + d * 86_400_000) })) },
      ctx,
      { source: "import:uk-petitions" },
    );
    const latest = await db().countObservation.findFirstOrThrow({ where: { initiativeId: id }, orderBy: { observedAt: "desc" } });
    const older = await db().countObservation.findFirstOrThrow({ where: { initiativeId: id }, orderBy: { observedAt: "asc" } });
    // Evaluated when an admin looks: stale now, about the latest count.
    expect((await reviewQueue(editor, { id, collecting: true })).stale).toMatchObject({
      observationId: latest.id,
      usualIntervalMs: 86_400_000,
    });
    await expect(reviewStaleSource(editor, { slug }, { observationId: older.id, decision: "dismiss" }, ctx)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await reviewStaleSource(
      editor,
      { slug },
      { observationId: latest.id, decision: "confirm", publicNote: "The source stopped publishing." },
      ctx,
    );
    const stored = await db().dataQualityFlag.findFirstOrThrow({ where: { initiativeId: id, code: "stale-source" } });
    expect(stored).toMatchObject({ status: "CONFIRMED", observationId: latest.id, details: { usualIntervalHours: 24 } });
    await expect(reviewStaleSource(editor, { slug }, { observationId: latest.id, decision: "dismiss" }, ctx)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().auditEvent.count({ where: { actorId: editor.userId } })).toBe(1);
    // Reviewed: no longer asks for attention, and it is a public data note.
    expect((await reviewQueue(editor, { id, collecting: true })).stale).toBeNull();
    expect((await findInitiativeStatus(slug))?.dataNotes).toMatchObject([{ code: "stale-source", note: "The source stopped publishing." }]);
  });
});
