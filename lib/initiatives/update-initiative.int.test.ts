import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { updateInitiative } from "./update-initiative";
import { withdrawInitiative } from "./withdraw-initiative";

const ctx = { via: "web" as const };
const edit = (version: number, title: string) => ({
  expectedVersion: version,
  title: { en: title },
  summary: { en: "Made by a test." },
  openedAt: new Date("2026-01-05T10:00:00Z"),
});

describe("editing initiatives (real PostgreSQL)", () => {
  it("saves an edit based on the current version, bumps the version and audits the changed fields", async () => {
    const admin = await makeUser("ADMIN");
    const { slug, id } = await makeInitiative();
    const result = await updateInitiative(admin, { slug }, { ...edit(1, "A better title"), externalUrl: "https://example.org/i" }, ctx);
    expect(result).toMatchObject({ version: 2, changed: ["title", "externalUrl"] });
    const row = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 2, title: { en: "A better title" }, externalUrl: "https://example.org/i" });
    const audits = await db().auditEvent.findMany({ where: { initiativeId: id, action: "initiative.update" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: admin.userId, before: { version: 1, title: { en: `Test initiative ${slug}` } } });
    expect(audits[0]?.after).toMatchObject({ version: 2, title: { en: "A better title" } });
  });

  it("refuses a stale edit with 409 and what changed meanwhile, overwriting nothing", async () => {
    const [alice, bob] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const { slug, id } = await makeInitiative();
    // Both open the form at version 1; Alice saves first.
    await updateInitiative(alice, { slug }, edit(1, "Alice's title"), ctx);
    const attempt = updateInitiative(bob, { slug }, edit(1, "Bob's title"), ctx);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
    const error = (await attempt.catch((e: unknown) => e)) as { details: Record<string, unknown> };
    expect(error.details).toMatchObject({
      expectedVersion: 1,
      currentVersion: 2,
      current: { title: { en: "Alice's title" } },
      changes: [{ actor: alice.email, action: "initiative.update", fields: ["title"] }],
    });
    expect(await db().initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, title: { en: "Alice's title" } });
    expect(await db().auditEvent.count({ where: { initiativeId: id, actorId: bob.userId } })).toBe(0);
  });

  it("counts a stage change as a change: an edit based on the version before it is refused", async () => {
    const admin = await makeUser("ADMIN");
    const { slug } = await makeInitiative();
    await recordStageEvent(admin, { slug }, { stage: "collection-ended", occurredAt: new Date("2026-02-01T00:00:00Z") }, ctx);
    await expect(updateInitiative(admin, { slug }, edit(1, "Late"), ctx)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { changes: [expect.objectContaining({ action: "stage_event.create", fields: expect.arrayContaining(["stage"]) })] },
    });
  });

  it("refuses markup in text with a field message and stores nothing", async () => {
    const admin = await makeUser("ADMIN");
    const { slug, id } = await makeInitiative();
    await expect(updateInitiative(admin, { slug }, edit(1, "<script>alert(1)</script>"), ctx)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: [{ path: "title.en", code: "markup" }],
    });
    expect(await db().initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 });
  });

  it("lets only admins edit", async () => {
    const { slug } = await makeInitiative();
    await expect(updateInitiative(await makeUser("EDITOR"), { slug }, edit(1, "x"), ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateInitiative(null as never, { slug }, edit(1, "x"), ctx)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("withdraws with a reason, once, keeping everything", async () => {
    const admin = await makeUser("ADMIN");
    const { slug, id } = await makeInitiative();
    const result = await withdrawInitiative(admin, { slug }, { expectedVersion: 1, reason: "The organisers withdrew it" }, ctx);
    expect(result.version).toBe(2);
    const row = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect(row.withdrawnReason).toBe("The organisers withdrew it");
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    await expect(withdrawInitiative(admin, { slug }, { expectedVersion: 2, reason: "Again" }, ctx)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(withdrawInitiative(admin, { slug }, { expectedVersion: 1, reason: "Stale" }, ctx)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(withdrawInitiative(admin, { slug }, { expectedVersion: 2, reason: "" }, ctx)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: "reason" })],
    });
    expect(await db().auditEvent.count({ where: { initiativeId: id, action: "initiative.withdraw" } })).toBe(1);
  });
});
