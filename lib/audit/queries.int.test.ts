import { describe, expect, it } from "vitest";
import { recordCounts } from "@/lib/counts/record-counts";
import { makeInitiative, makeUser, testActor } from "@/lib/testing/factories";
import { auditCsv, listAuditEvents } from "./queries";
import { ZAuditFilter } from "./schemas";

const ctx = { via: "web" as const };
const admin = testActor;

describe("reading the audit log (real PostgreSQL)", () => {
  it("filters by actor, action, initiative and dates, newest first, in pages", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    for (const [i, value] of [10, 20, 30].entries())
      await recordCounts(editor, { slug }, { observations: [{ value, observedAt: new Date(Date.UTC(2026, 0, 6 + i)) }] }, ctx);
    const filter = ZAuditFilter.parse({ actor: editor.email.toUpperCase(), action: "observation.create", initiative: slug });
    const first = await listAuditEvents(admin, filter, 2);
    expect(first.items.map((r) => (r.after as { latestTotal: number }).latestTotal)).toEqual([30, 20]);
    expect(first.items[0]).toMatchObject({ actor: editor.email, initiative: slug, via: "web" });
    const second = await listAuditEvents(admin, { ...filter, before: first.nextBefore ?? undefined }, 2);
    expect(second.items).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    expect((await listAuditEvents(admin, ZAuditFilter.parse({ actor: editor.email, action: "observation." }))).items).toHaveLength(3);
    expect((await listAuditEvents(admin, ZAuditFilter.parse({ actor: editor.email, action: "initiative.update" }))).items).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, ZAuditFilter.parse({ actor: editor.email, from: today, to: today }))).items).toHaveLength(3);
    expect((await listAuditEvents(admin, ZAuditFilter.parse({ actor: editor.email, to: "2020-01-01" }))).items).toHaveLength(0);
    expect((await listAuditEvents(admin, ZAuditFilter.parse({ initiative: "no-such-initiative" }))).items).toHaveLength(0);
  });

  it("is for admins only", async () => {
    const filter = ZAuditFilter.parse({});
    await expect(listAuditEvents(null, filter)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listAuditEvents(await makeUser("EDITOR"), filter)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => auditCsv(null, filter)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("refuses bad filters per field", () => {
    const result = ZAuditFilter.safeParse({ from: "yesterday", action: "DROP TABLE", to: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["action", "from"]);
    expect(ZAuditFilter.safeParse({ from: "2026-02-01", to: "2026-01-01" }).error?.issues[0]?.path).toEqual(["to"]);
  });

  it("exports the filtered log as CSV, defusing spreadsheet formulas", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    await recordCounts(
      editor,
      { slug },
      { observations: [{ value: 7, observedAt: new Date("2026-01-06T00:00:00Z"), note: "=1+1 looks like a formula" }] },
      ctx,
    );
    const text = await new Response(auditCsv(admin, ZAuditFilter.parse({ actor: editor.email }))).text();
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("id,createdAt,actor,action,entityType,entityId,initiative,via,requestId,before,after");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${editor.email},observation.create,CountObservation,`);
    expect(lines[1]).toContain(`,${slug},web,`);
    expect(text).not.toMatch(/,=1\+1/);
  });
});
