// Benchmark: an initiative goes viral. Measures, against a production build on a fresh seeded
// database: requests per second and latency of the cached status page and the live-count API
// under concurrent load, the database transactions those requests cause (there should be none
// per view), and how long a count written through the domain function takes to show.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createTestDatabase, DEFAULT_ADMIN_URL } from "@/lib/testing/database";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const SLUG = "library-opening-hours-demo";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

function run(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = true): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: quiet ? "ignore" : "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function transactions(client: pg.Client, name: string): Promise<number> {
  // Statistics are flushed by idle backends about once a second.
  await new Promise((r) => setTimeout(r, 1500));
  const { rows } = await client.query<{ n: string }>("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1", [
    name,
  ]);
  return Number(rows[0]?.n ?? 0);
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function benchViral(): Promise<Record<string, unknown>> {
  const database = await createTestDatabase("threshold_bench", process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    APP_URL: BASE,
    AUTH_SECRET: "bench-secret-0123456789abcdef",
    NODE_OPTIONS: "",
  };
  let server: ChildProcess | undefined;
  try {
    await run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed.ts"], env);
    if (!existsSync(path.join(root, ".next/BUILD_ID")) || process.env.BENCH_BUILD)
      await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env);
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(PORT)], {
      cwd: root,
      env,
      stdio: "ignore",
    });
    await waitFor(`${BASE}/initiatives/${SLUG}`);
    await fetch(`${BASE}/api/v1/initiatives/${SLUG}/count`);

    const name = new URL(database.url).pathname.slice(1);
    const stats = new pg.Client({ connectionString: database.url });
    await stats.connect();
    const before = await transactions(stats, name);
    const page = await load(`${BASE}/initiatives/${SLUG}`);
    const pageGzip = await load(`${BASE}/initiatives/${SLUG}`, { "accept-encoding": "gzip" });
    const api = await load(`${BASE}/api/v1/initiatives/${SLUG}/count`);
    const after = await transactions(stats, name);
    await stats.end();

    // A write through the domain function, from this process: how long until the page shows it?
    process.env.DATABASE_URL = database.url;
    const { recordCounts } = await import("@/lib/counts/record-counts");
    const { systemActor } = await import("@/lib/auth/actor");
    const { disconnectDb } = await import("@/lib/db");
    const write = (value: number) =>
      recordCounts(systemActor("bench"), { slug: SLUG }, { observations: [{ value, observedAt: new Date() }] }, { via: "api" });
    await write(987_000); // warms this process's database client
    const value = 987_654;
    await write(value);
    const written = Date.now(); // committed
    let visibleAfterMs = -1;
    while (Date.now() - written < 5000) {
      if ((await (await fetch(`${BASE}/initiatives/${SLUG}`)).text()).includes("987,654")) {
        visibleAfterMs = Date.now() - written;
        break;
      }
    }
    await disconnectDb();
    return {
      statusPage: page,
      statusPageGzip: pageGzip,
      countApi: api,
      databaseTransactionsDuringLoad: after - before,
      requestsDuringLoad: page.requests + pageGzip.requests + api.requests,
      writeVisibleAfterMs: visibleAfterMs,
      connections: CONNECTIONS,
      seconds: SECONDS,
      database: database.embedded ? "embedded" : "postgresql",
    };
  } finally {
    server?.kill("SIGTERM");
    await database.drop();
  }
}
