import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { makeInitiative, makeUser, testActor } from "@/lib/testing/factories";
import { recordCounts } from "./record-counts";

const ctx = { via: "web" as const };
const at = (iso: string) => new Date(iso);

describe("recording counts (real PostgreSQL)", () => {
  it("keeps observations append-only and derives the headline total from the latest one", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    await recordCounts(editor, { slug }, { observations: [{ value: 1000, observedAt: at("2026-01-06T10:00:00Z") }] }, ctx);
    await recordCounts(editor, { slug }, { observations: [{ value: 900, observedAt: at("2026-01-05T10:00:00Z") }] }, ctx);
    const initiative = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect(initiative.latestTotal).toBe(1000);
    expect(initiative.latestTotalAt?.toISOString()).toBe("2026-01-06T10:00:00.000Z");
    expect(await db().countObservation.count({ where: { initiativeId: id } })).toBe(2);
    const flags = await db().dataQualityFlag.findMany({ where: { initiativeId: id } });
    expect(flags.map((f) => f.code)).toEqual(["out-of-order"]);
  });

  it("corrects a count with a new row that supersedes the wrong one, never an edit", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    await recordCounts(editor, { slug }, { observations: [{ value: 51_000, observedAt: at("2026-01-06T10:00:00Z") }] }, ctx);
    const wrong = await db().countObservation.findFirstOrThrow({ where: { initiativeId: id } });
    await recordCounts(
      editor,
      { slug },
      {
        observations: [
          { value: 15_000, observedAt: at("2026-01-06T10:00:00Z"), supersedesId: wrong.id, correctionReason: "Typo: an extra digit" },
        ],
      },
      ctx,
    );
    const initiative = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect(initiative.latestTotal).toBe(15_000);
    expect(await db().countObservation.findUnique({ where: { id: wrong.id } })).toMatchObject({ value: 51_000 });
  });

  it("announces a threshold crossed once, in the same transaction, with its audit row", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    await recordCounts(editor, { slug }, { observations: [{ value: 49_999, observedAt: at("2026-01-06T10:00:00Z") }] }, ctx);
    await recordCounts(editor, { slug }, { observations: [{ value: 50_100, observedAt: at("2026-01-07T10:00:00Z") }] }, ctx);
    await recordCounts(editor, { slug }, { observations: [{ value: 50_200, observedAt: at("2026-01-08T10:00:00Z") }] }, ctx);
    const events = await db().domainEvent.findMany({ where: { initiativeId: id, kind: "THRESHOLD_REACHED" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.occurredAt.toISOString()).toBe("2026-01-07T10:00:00.000Z");
    const audits = await db().auditEvent.findMany({ where: { initiativeId: id, action: "observation.create" } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorId === editor.userId)).toBe(true);
  });

  it("refuses bad input with per-field messages and stores nothing", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    const attempt = recordCounts(
      editor,
      { slug },
      {
        observations: [
          { value: 10, observedAt: at("2026-01-06T10:00:00Z") },
          { value: 20, observedAt: at("2026-01-06T11:00:00Z"), region: "DE" },
          { value: 30, observedAt: new Date(Date.now() + 3_600_000) },
        ],
      },
      ctx,
    );
    await expect(attempt).rejects.toSatisfy(
      (e) =>
        isAppError(e) &&
        e.code === "INVALID_INPUT" &&
        e.issues?.some((i) => i.path === "observations.1.region") === true &&
        e.issues.some((i) => i.path === "observations.2.observedAt"),
    );
    for (const value of [-1, 1.5, 1_000_000_001]) {
      await expect(
        recordCounts(editor, { slug }, { observations: [{ value, observedAt: at("2026-01-06T10:00:00Z") }] }, ctx),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        issues: [expect.objectContaining({ path: "observations.0.value" })],
      });
    }
    expect(await db().countObservation.count({ where: { initiativeId: id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { initiativeId: id, action: { startsWith: "observation" } } })).toBe(0);
  });

  it("lets only editors and admins record counts", async () => {
    const { slug } = await makeInitiative();
    const user = await makeUser("USER");
    const one = { observations: [{ value: 1, observedAt: at("2026-01-06T10:00:00Z") }] };
    await expect(recordCounts(null as never, { slug }, one, ctx)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(recordCounts(user, { slug }, one, ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordCounts(testActor, { slug }, one, ctx)).resolves.toMatchObject({ created: 1 });
  });
});
