// Benchmark: an initiative goes viral. Against a production build on a fresh seeded database: the
// database transactions that a load on the cached status page and the live-count API causes (there
// should be none per view), and how long a count written through the domain function takes to show
// on the page (freshness at the origin).
import path from "node:path";
import pg from "pg";
import { createTestDatabase } from "@/lib/testing/database";
import type { BenchContext } from "./context";
import { load, pinned, productionEnv, seed, stopper, waitFor } from "./tools";

const SLUG = "library-opening-hours-demo";

async function transactions(client: pg.Client, name: string): Promise<number> {
  // Statistics are flushed by idle backends about once a second.
  await new Promise((r) => setTimeout(r, 1500));
  const { rows } = await client.query<{ n: string }>("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1", [
    name,
  ]);
  return Number(rows[0]?.n ?? 0);
}

export async function benchViral(ctx: BenchContext): Promise<Record<string, unknown>> {
  const port = ctx.portBase + 4;
  const base = `http://localhost:${port}`;
  const database = await createTestDatabase("threshold_bench", ctx.adminDatabaseUrl);
  const env = productionEnv(database, port);
  let stop = async () => {};
  try {
    await seed(ctx, env, "viral-seed.log");
    const server = pinned(ctx, ctx.cores.server, process.execPath, ["lib/server/start.js", "--port", String(port)], {
      cwd: ctx.root,
      env,
      log: path.join(ctx.outDir, "viral-server.log"),
    });
    stop = stopper(server);
    await waitFor(`${base}/initiatives/${SLUG}`);
    await fetch(`${base}/api/v1/initiatives/${SLUG}/count`);

    const name = new URL(database.url).pathname.slice(1);
    const stats = new pg.Client({ connectionString: database.url });
    await stats.connect();
    const before = await transactions(stats, name);
    const page = await load(ctx, `${base}/initiatives/${SLUG}`);
    const api = await load(ctx, `${base}/api/v1/initiatives/${SLUG}/count`);
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
    const freshness: Record<string, number> = {};
    for (const [what, url, expected] of [
      ["statusPage", `${base}/initiatives/${SLUG}`, "987,654"],
      ["countApi", `${base}/api/v1/initiatives/${SLUG}/count`, "987655"],
      ["listPage", `${base}/initiatives`, "987,656"],
    ] as const) {
      await write(Number(expected.replace(",", "")));
      const written = Date.now(); // committed
      freshness[what] = -1;
      while (Date.now() - written < 5000) {
        if ((await (await fetch(url)).text()).includes(expected)) {
          freshness[what] = Date.now() - written;
          break;
        }
      }
    }
    await disconnectDb();
    return {
      statusPageGzip: page,
      countApiGzip: api,
      databaseTransactionsDuringLoad: after - before,
      requestsDuringLoad: page.requests + api.requests,
      writeVisibleAfterMs: freshness,
    };
  } finally {
    await stop();
    await database.drop();
  }
}
