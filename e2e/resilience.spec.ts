// Fault injection against the production server (`npm start`) on a PostgreSQL cluster of the test's
// own (e2e/support/pg-cluster.ts; the shared server is never stopped): the database stopped just
// after a count was written, then started again; restarted under a stream of API writes; a pool
// with no free connection. What must hold (issue 10): every page and API answer served before stays
// 200 from the cache, writes are 503 with Retry-After and store nothing, health says so, and after
// recovery writes work within 10 s, no request gets a 5xx, nothing acknowledged is lost or doubled.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashApiToken } from "@/lib/tokens/hash";
import { expect, test } from "./fixtures";
import { extraPort, startAppServer, type AppServer } from "./support/extra-server";
import { copyDatabase, startPgCluster, type PgCluster } from "./support/pg-cluster";

test.describe.configure({ mode: "serial" });

let cluster: PgCluster;
let databaseUrl: string;
let app: AppServer;
let secret: string;
let slug: string;

async function query<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Values stored for the test's initiative (observations are append-only: each write is one row). */
async function storedValues(): Promise<number[]> {
  const rows = await query<{ value: number }>(
    `SELECT o.value FROM "CountObservation" o JOIN "Initiative" i ON i.id = o."initiativeId" WHERE i.slug = $1`,
    [slug],
  );
  return rows.map((r) => Number(r.value));
}

function writeCount(value: number, key?: string): Promise<Response> {
  return fetch(`${app.url}/api/v1/initiatives/${slug}/counts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}`, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify({ value, observedAt: new Date().toISOString() }),
  });
}

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  cluster = await startPgCluster(Number(process.env.E2E_PG_PORT ?? 5440));
  databaseUrl = await copyDatabase(process.env.DATABASE_URL ?? "", cluster, "threshold");
  // A write-API token for an admin of this database (what `npm run admin:token` stores: the hash).
  secret = `thr_${randomBytes(32).toString("base64url")}`;
  const [user] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'ADMIN', now()) RETURNING id`,
    [randomUUID(), `fault-${randomUUID()}@example.org`],
  );
  await query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, scopes) VALUES ($1, $2, 'fault tests', $3, $4, ARRAY['counts:write'])`,
    [randomUUID(), user?.id, hashApiToken(secret), secret.slice(0, 8)],
  );
  const [initiative] = await query<{ slug: string }>(`SELECT slug FROM "Initiative" WHERE "withdrawnAt" IS NULL ORDER BY slug LIMIT 1`);
  slug = initiative?.slug ?? "";
  app = await startAppServer(extraPort(6), { DATABASE_URL: databaseUrl });
});

test.afterAll(async () => {
  await app?.stop();
  await cluster?.destroy();
});

test("PostgreSQL stopped just after a count was written: cached pages and API answers stay 200, writes are 503, and all recovers", async () => {
  test.setTimeout(180_000);
  const served = [
    `/initiatives/${slug}`,
    `/fi/initiatives/${slug}`,
    "/",
    "/initiatives",
    "/topics",
    `/api/v1/initiatives/${slug}`,
    `/api/v1/initiatives/${slug}/count`,
    "/api/v1/initiatives",
    "/api/v1/topics",
  ];
  for (const path of served) expect((await get(path)).status, path).toBe(200);
  // A count written invalidates the initiative, the lists and the home page...
  expect((await writeCount(123_456)).status).toBe(201);
  // ...and the database goes away before anyone looked at them again.
  await cluster.stop();

  await expect.poll(async () => (await get("/readyz")).status).toBe(503);
  expect((await get("/healthz")).status).toBe(200);
  for (const path of served) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    // A CDN in front may keep serving it too while we cannot answer.
    expect(response.headers.get("cache-control"), path).toMatch(/\bpublic\b.*\bstale-if-error=\d+/);
    const body = await response.text();
    if (path.startsWith("/api/")) expect(() => JSON.parse(body) as unknown, path).not.toThrow();
    else expect(body, path).not.toContain('data-testid="page-error"');
  }
  const write = await writeCount(123_457);
  expect(write.status).toBe(503);
  expect(Number(write.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await write.json()).toMatchObject({
    error: { code: "UNAVAILABLE", message: expect.stringMatching(/^Threshold is briefly unavailable; nothing you sent was saved/) },
  });
  // A page never cached cannot be served: a clear 503 page in its language (without JavaScript), not a bare 500.
  for (const [prefix, text] of [
    ["", "Threshold is briefly unavailable; nothing you sent was saved"],
    ["/fi", "Threshold ei ole hetkeen käytettävissä; mitään lähettämääsi ei tallennettu"],
  ] as const) {
    const uncached = await get(`${prefix}/initiatives?q=${randomUUID()}`);
    expect(uncached.status).toBe(503);
    expect(Number(uncached.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(uncached.headers.get("cache-control")).toBe("private, no-store");
    const page = await uncached.text();
    expect(page).toContain('data-testid="page-unavailable"');
    expect(page).toContain(text);
  }

  await cluster.start();
  const started = Date.now();
  await expect.poll(async () => (await writeCount(123_458)).status, { timeout: 10_000, intervals: [250] }).toBe(201);
  const recoveredInMs = Date.now() - started;
  expect(recoveredInMs).toBeLessThanOrEqual(10_000);
  console.log(`fault: writes accepted again ${recoveredInMs} ms after PostgreSQL started`);
  await expect.poll(async () => (await get("/readyz")).status).toBe(200);
  const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => get(served[i % served.length] ?? "/")));
  expect(burst.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
  // The write that was refused stored nothing; the others are there once each.
  const values = await storedValues();
  expect(values.filter((v) => v === 123_457)).toEqual([]);
  expect(values.filter((v) => v === 123_456 || v === 123_458).sort()).toEqual([123_456, 123_458]);
  // The page catches up with the count written after recovery.
  await expect.poll(async () => (await get(`/initiatives/${slug}`)).text(), { timeout: 15_000 }).toContain("123,458");
});

test("PostgreSQL restarted under a stream of API writes: every acknowledged write stored once, none lost, only 503 meanwhile", async () => {
  test.setTimeout(180_000);
  const statuses = new Map<number, number>();
  const acknowledged = new Map<number, number>(); // value -> when
  let stopAt = Number.POSITIVE_INFINITY;
  // A script's loop: each count has its own Idempotency-Key and is retried until it is acknowledged.
  async function writer(first: number): Promise<void> {
    for (let value = first; Date.now() < stopAt; value += 10) {
      const key = randomUUID();
      for (let attempt = 0; ; attempt++) {
        const status = await writeCount(value, key).then(
          (r) => r.status,
          () => 0, // no answer at all (counted below: there must be none)
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // 409: this key's write committed but its answer was lost with the connection (the one
        // window lib/http/idempotency.ts documents): stored, and not stored again.
        if (status === 201 || status === 409) {
          acknowledged.set(value, Date.now());
          break;
        }
        if (attempt > 200) throw new Error(`write ${value} never acknowledged`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  const writers = [200_001, 200_002, 200_003].map((first) => writer(first));
  await expect.poll(() => acknowledged.size, { timeout: 20_000 }).toBeGreaterThan(5);
  await cluster.restart();
  const restartedAt = Date.now();
  // Writes go on being acknowledged after the restart, then the stream ends.
  await expect.poll(() => [...acknowledged.values()].filter((at) => at > restartedAt).length, { timeout: 20_000 }).toBeGreaterThan(3);
  stopAt = Date.now();
  await Promise.all(writers);

  console.log(`fault: restart under writes, answers by status ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503 && s !== 409)).toEqual([]);
  expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
  const stored = (await storedValues()).filter((v) => v > 200_000);
  expect(stored.length).toBe(new Set(stored).size); // none twice
  expect(new Set(stored)).toEqual(new Set(acknowledged.keys())); // none lost, nothing unacknowledged
});

test("every connection of the pool busy: writes that cannot get one answer 503 at once, public reads have their own pool", async () => {
  test.setTimeout(120_000);
  const tight = await startAppServer(extraPort(7), {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: "1",
    DATABASE_POOL_ACQUIRE_TIMEOUT_MS: "1000",
  });
  const locker = new pg.Client({ connectionString: databaseUrl });
  await locker.connect();
  try {
    // Hold the initiative's row: the first write takes the pool's only connection and waits for it.
    await locker.query("BEGIN");
    await locker.query(`SELECT id FROM "Initiative" WHERE slug = $1 FOR UPDATE`, [slug]);
    const post = (value: number) =>
      fetch(`${tight.url}/api/v1/initiatives/${slug}/counts`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}` },
        body: JSON.stringify({ value, observedAt: new Date().toISOString() }),
      });
    const held = post(300_001);
    await expect
      .poll(async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`))[0]?.n)
      .toBeGreaterThan(0);
    const started = Date.now();
    const [write, read] = await Promise.all([post(300_002), fetch(`${tight.url}/api/v1/initiatives?q=${randomUUID()}`)]);
    expect(write.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(Number(write.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
    // An uncached public read does not wait behind the writes.
    expect(read.status).toBe(200);
    await locker.query("COMMIT");
    expect((await held).status).toBe(201);
    expect((await storedValues()).filter((v) => v > 300_000)).toEqual([300_001]);
  } finally {
    await locker.end();
    await tight.stop();
  }
});
