// Viral-proof caching: the status page is served from the server cache without touching the
// database, and a count written through the domain function shows on the next requests within 1 s.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { disconnectDb } from "@/lib/db";

const SLUG = "library-opening-hours-demo";
const PAGE = `/initiatives/${SLUG}`;
// Every table a public page could read.
const TABLES = [
  "Initiative",
  "CountObservation",
  "StageEvent",
  "OfficialResponse",
  "DomainEvent",
  "Topic",
  "Jurisdiction",
  "Scheme",
  "RuleSet",
  "DataQualityFlag",
];

test.afterAll(async () => {
  await disconnectDb();
});

test("a cached status page renders while every table it could read is unavailable", async ({ request }) => {
  // Warm the cache: the page and the API route each keep their own entries.
  expect((await request.get(PAGE)).status()).toBe(200);
  expect((await request.get(`/api/v1/initiatives/${SLUG}/count`)).status()).toBe(200);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    // On PostgreSQL the renames hold exclusive locks (a query would block until the timeout); on
    // the embedded database they would make a query fail. Either way only the cache can answer.
    for (const table of TABLES) await client.query(`ALTER TABLE "${table}" RENAME TO "${table}_hidden_by_test"`);
    const response = await request.get(PAGE, { timeout: 5_000 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Longer opening hours for public libraries (demo)");
    const api = await request.get(`/api/v1/initiatives/${SLUG}/count`, { timeout: 5_000 });
    expect(api.status()).toBe(200);
  } finally {
    await client.query("ROLLBACK");
    await client.end();
  }
});

test("a count recorded through the domain function shows on the page and the API within 1 s", async ({ request }) => {
  await request.get(PAGE);
  const before = (await (await request.get(`/api/v1/initiatives/${SLUG}/count`)).json()) as { value: number };
  const value = before.value + 1_234;
  await recordCounts(systemActor("e2e"), { slug: SLUG }, { observations: [{ value, observedAt: new Date() }] }, { via: "api" });
  const formatted = new Intl.NumberFormat("en-GB").format(value);
  await expect
    .poll(async () => (await (await request.get(PAGE)).text()).includes(formatted), { timeout: 1_000, intervals: [50] })
    .toBe(true);
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/initiatives/${SLUG}/count`)).json()) as { value: number }).value, {
      timeout: 1_000,
      intervals: [50],
    })
    .toBe(value);
  const list = (await (await request.get("/api/v1/initiatives?status=open&sort=closing&limit=1")).json()) as {
    items: { latestTotal: { value: number } }[];
  };
  expect(list.items[0]?.latestTotal.value).toBe(value);
});
