import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { recordCountsCsv } from "./record-counts-csv";

const ctx = { via: "web" as const };

describe("bulk counts from CSV (real PostgreSQL)", () => {
  it("stores nothing when one row is bad, and names its line and field", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    const csv = "value,observedAt,note\n100,2026-01-06T10:00:00Z,ok\n200,2026-01-07T10:00:00Z,ok\n2.5,2026-01-08T10:00:00Z,fraction\n";
    for (const intent of ["preview", "commit"] as const) {
      await expect(recordCountsCsv(editor, { slug }, { csv, intent }, ctx)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        issues: [{ path: "line.4.value", code: "whole" }],
      });
    }
    expect(await db().countObservation.count({ where: { initiativeId: id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { initiativeId: id, action: { startsWith: "observation" } } })).toBe(0);
  });

  it("reports the domain's own checks (region, future date) per line too", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const csv = `value,observedAt,region\n1,2026-01-06T10:00:00Z,DE\n2,${future},\n`;
    await expect(recordCountsCsv(editor, { slug }, { csv, intent: "preview" }, ctx)).rejects.toMatchObject({
      issues: [
        { path: "line.2.region", code: "region", params: { region: "DE" } },
        { path: "line.3.observedAt", code: "future" },
      ],
    });
  });

  it("previews without storing, then commits every row in one write with one audit row", async () => {
    const editor = await makeUser("EDITOR");
    const { slug, id } = await makeInitiative();
    const csv = "value,observedAt\n100,2026-01-06T10:00:00Z\n90,2026-01-07T10:00:00Z\n";
    const preview = await recordCountsCsv(editor, { slug }, { csv, intent: "preview" }, ctx);
    expect(preview).toMatchObject({ committed: false, created: 2, latestTotal: 90, flags: ["decrease"] });
    expect(await db().countObservation.count({ where: { initiativeId: id } })).toBe(0);
    expect(await db().dataQualityFlag.count({ where: { initiativeId: id } })).toBe(0);
    const committed = await recordCountsCsv(editor, { slug }, { csv, intent: "commit" }, ctx);
    expect(committed).toMatchObject({ committed: true, created: 2, latestTotal: 90 });
    expect(await db().countObservation.count({ where: { initiativeId: id } })).toBe(2);
    expect(await db().auditEvent.findMany({ where: { actorId: editor.userId } })).toMatchObject([
      { action: "observation.bulk_create", initiativeId: id },
    ]);
  });

  it("refuses files it cannot read", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    await expect(recordCountsCsv(editor, { slug }, { csv: "count\n1\n", intent: "preview" }, ctx)).rejects.toMatchObject({
      issues: [{ path: "csv", code: "csvRequired", params: { column: "observedAt" } }],
    });
  });
});
