import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import { makeUser, testActor, unique } from "@/lib/testing/factories";
import { catalogRules } from "./catalog";
import { createRuleSetVersion } from "./create-rule-set-version";

const ctx = { via: "web" as const };

describe("new rule set versions (real PostgreSQL)", () => {
  it("adds a numbered version taking effect later; initiatives keep their rules, new ones get the new version", async () => {
    const admin = await makeUser("ADMIN");
    const before = await registerInitiative(
      testActor,
      {
        slug: unique("eci-before"),
        schemeCode: "eci",
        title: { en: "Before" },
        summary: { en: "S" },
        registeredAt: new Date("2030-01-01T00:00:00Z"),
      },
      ctx,
    );
    const current = catalogRules("eci", new Date("2030-01-01"));
    const definition = { ...current.definition, collection: { months: 18 } };
    const created = await createRuleSetVersion(
      admin,
      {
        schemeCode: "eci",
        effectiveFrom: new Date("2031-01-01T00:00:00Z"),
        legalSourceTitle: "A hypothetical amendment",
        legalSourceUrl: "https://example.org/eci-amendment",
        definition: JSON.stringify(definition),
      },
      ctx,
    );
    expect(created.version).toBeGreaterThan(current.version);
    const after = await registerInitiative(
      testActor,
      {
        slug: unique("eci-after"),
        schemeCode: "eci",
        title: { en: "After" },
        summary: { en: "S" },
        registeredAt: new Date("2031-06-01T00:00:00Z"),
      },
      ctx,
    );
    const [b, a] = await Promise.all(
      [before.id, after.id].map((id) => db().initiative.findUniqueOrThrow({ where: { id }, include: { ruleSet: true } })),
    );
    expect(b?.ruleSet.version).toBe(current.version);
    expect(a?.ruleSet.version).toBe(created.version);
    expect((a?.rules as { collection: { months: number } }).collection.months).toBe(18);
    expect(await db().auditEvent.findMany({ where: { actorId: admin.userId } })).toMatchObject([
      { action: "rule_set.create", entityId: created.id },
    ]);
  });

  it("refuses an effective date not after the latest version, bad JSON and invalid rules, per field", async () => {
    const admin = await makeUser("ADMIN");
    const base = { schemeCode: "fi-municipal-initiative", legalSourceTitle: "T", legalSourceUrl: "https://example.org/r" };
    await expect(
      createRuleSetVersion(admin, { ...base, effectiveFrom: new Date("2000-01-01"), definition: "{}" }, ctx),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: "definition.timeZone" })]),
    });
    await expect(
      createRuleSetVersion(admin, { ...base, effectiveFrom: new Date("2000-01-01"), definition: "{ nope" }, ctx),
    ).rejects.toMatchObject({
      issues: [{ path: "definition", code: "json" }],
    });
    const valid = JSON.stringify(catalogRules("fi-municipal-initiative").definition);
    await expect(
      createRuleSetVersion(admin, { ...base, effectiveFrom: new Date("2000-01-01"), definition: valid }, ctx),
    ).rejects.toMatchObject({
      issues: [{ path: "effectiveFrom", code: "effectiveFrom", params: { version: expect.any(Number) } }],
    });
    await expect(
      createRuleSetVersion(await makeUser("EDITOR"), { ...base, effectiveFrom: new Date("2099-01-01"), definition: valid }, ctx),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db().auditEvent.count({ where: { actorId: admin.userId } })).toBe(0);
  });
  it("refuses region patterns that do not compile or could backtrack catastrophically, naming each, and stores nothing", async () => {
    const admin = await makeUser("ADMIN");
    const current = catalogRules("uk-parliament-petition", new Date("2030-01-01"));
    const save = (patterns: string[]) =>
      createRuleSetVersion(
        admin,
        {
          schemeCode: "uk-parliament-petition",
          effectiveFrom: new Date("2099-01-01T00:00:00Z"),
          legalSourceTitle: "Patterns",
          legalSourceUrl: "https://example.org/patterns",
          definition: JSON.stringify({ ...current.definition, regions: { codes: [], patterns } }),
        },
        ctx,
      );
    const versions = await db().ruleSet.count();
    await expect(save(["^uk-con:[EWSN]\\d{8}$", "^(a+)+$", "^(\\w+\\s?)*$"])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: [
        { path: "definition.regions.patterns.1", message: expect.stringMatching(/exponential time/) },
        { path: "definition.regions.patterns.2", message: expect.stringMatching(/Region pattern 3/) },
      ],
    });
    await expect(save(["^uk-con:("])).rejects.toMatchObject({
      issues: [{ path: "definition.regions.patterns.0", message: "This is not a valid regular expression" }],
    });
    expect(await db().ruleSet.count()).toBe(versions);
  });
});
