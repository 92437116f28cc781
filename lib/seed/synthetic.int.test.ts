import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DEFAULT_ADMIN_URL, type TestDatabase } from "@/lib/testing/database";
import { loadSynthetic, SYNTHETIC_BIG_SLUG } from "./synthetic";

// A database of its own: the load drops and restores indexes, which other tests must not see.
let database: TestDatabase;
let client: pg.Client;
const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;
const schemaShape = `SELECT (SELECT count(*)::int FROM pg_indexes WHERE schemaname = 'public') AS indexes,
  (SELECT count(*)::int FROM pg_constraint WHERE connamespace = 'public'::regnamespace) AS constraints`;

beforeAll(async () => {
  database = await createTestDatabase("threshold_synthetic", process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // The rules catalogue, as the run's database has it: copied over, it is what the load needs.
  const source = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await source.connect();
  for (const table of ["Jurisdiction", "Scheme", "RuleSet"]) {
    const { rows } = await source.query(`SELECT * FROM "${table}" ORDER BY "createdAt"`);
    for (const row of rows as Record<string, unknown>[]) {
      // Who wrote a rule set is a person of the run's database (e.g. an admin of another test): not here.
      if ("createdById" in row) row.createdById = null;
      const columns = Object.keys(row);
      await client.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
        columns.map((c) => (row[c] !== null && typeof row[c] === "object" && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c])),
      );
    }
  }
  await source.end();
}, 120_000);

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("the synthetic scale set", () => {
  it("loads exactly what it is asked, labelled synthetic, consistent, with every index and constraint back", async () => {
    const before = await one<{ indexes: number; constraints: number }>(schemaShape);
    const result = await loadSynthetic(database.url, {
      initiatives: 300,
      observations: 20_000,
      bigSeries: 5_000,
      now: new Date("2026-12-01T12:00:00Z"),
    });
    expect(result).toMatchObject({ initiatives: 300, observations: 20_000, bigSlug: SYNTHETIC_BIG_SLUG });
    expect(await one(schemaShape)).toEqual(before);

    expect(await one(`SELECT count(*)::int AS n FROM "Initiative"`)).toEqual({ n: 300 });
    expect(await one(`SELECT count(*)::int AS n FROM "CountObservation" WHERE source = 'synthetic'`)).toEqual({ n: 20_000 });
    expect(
      await one(
        `SELECT count(*)::int AS n FROM "CountObservation" c JOIN "Initiative" i ON i.id = c."initiativeId" WHERE i.slug = '${SYNTHETIC_BIG_SLUG}'`,
      ),
    ).toEqual({ n: 5_000 });
    // Every initiative says what it is, in each language.
    expect(
      await one(`SELECT count(*)::int AS n FROM "Initiative" WHERE "externalSource" = 'synthetic'
        AND title->>'en' LIKE 'Synthetic %' AND title->>'fi' LIKE 'Synteettinen %' AND title->>'sv' LIKE 'Syntetiskt %'`),
    ).toEqual({ n: 300 });
    // The derived fields agree with the observations: the latest total is the last count.
    expect(
      await one(`SELECT count(*)::int AS n FROM "Initiative" i WHERE i."latestTotal" IS DISTINCT FROM (
        SELECT value FROM "CountObservation" c WHERE c."initiativeId" = i.id ORDER BY "observedAt" DESC LIMIT 1)`),
    ).toEqual({ n: 0 });
    // Across the jurisdictions: the three schemes' own and Helsinki for municipal initiatives.
    expect(
      await one(
        `SELECT array_agg(DISTINCT j.code ORDER BY j.code) AS codes FROM "Initiative" i JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"`,
      ),
    ).toEqual({
      codes: ["eu", "fi", "fi-helsinki", "uk"],
    });
    await expect(loadSynthetic(database.url, { initiatives: 10, observations: 100 })).rejects.toThrow(/already holds/);
  });
});
