// Benchmark part owned by the edge work (issue 11, Deliver 2): the edge cache of `npm run
// start:edge` against nginx serving the same bytes, and freshness through the edge.
//
// On a fresh seeded database and the production build: the launcher (lib/server/edge.js, two app
// processes, no worker) pinned with Varnish to the server core; the status page, as the edge
// serves it, also served by nginx (one worker, gzip_static, the same core: lib/bench/tools.ts) as
// the physical reference; wrk on the other core, alternating rounds. Then counts written through
// the edge's write API (a real token), timed until the edge answers with them: the count JSON and
// the status page.
import { existsSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@/lib/testing/database";
import type { BenchContext } from "./context";
import { load, pinned, productionEnv, run, seed, startNginx, stopper, waitFor, type LoadResult, type Server } from "./tools";

const SLUG = "library-opening-hours-demo";
const FRESHNESS_ROUNDS = 5;
// Load runs alternate edge, nginx, edge, nginx: on a shared machine one run alone can be slowed by
// anything else running; the best of each side is the least disturbed.
const LOAD_ROUNDS = 2;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const best = (runs: LoadResult[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));

export async function benchEdge(ctx: BenchContext): Promise<Record<string, unknown>> {
  const varnish = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((p) => existsSync(p));
  const missing = [...(["wrk", "nginx"] as const).filter((t) => !ctx.tools[t]), ...(varnish ? [] : ["varnish"])];
  if (missing.length) return { skipped: `needs ${missing.join(", ")}: apt-get install -y wrk nginx varnish varnish-modules` };
  const edgePort = ctx.portBase + 10;
  const edgeUrl = `http://localhost:${edgePort}`;
  const database = await createTestDatabase("threshold_bench_edge", ctx.adminDatabaseUrl);
  const env = productionEnv(database, edgePort);
  let stopEdge: (() => Promise<void>) | undefined;
  let nginx: Server | undefined;
  try {
    ctx.log("edge: seeding a fresh database");
    await seed(ctx, env, "edge-seed.log");
    if (!existsSync(path.join(ctx.root, ".next/BUILD_ID"))) {
      ctx.log("edge: building");
      const log = path.join(ctx.outDir, "edge-build.log");
      await run(process.execPath, [path.join(ctx.root, "node_modules/next/dist/bin/next"), "build"], { cwd: ctx.root, env, log });
    }
    ctx.log("edge: starting npm run start:edge (2 app processes and Varnish, pinned to the server core)");
    const launcher = pinned(
      ctx,
      ctx.cores.server,
      process.execPath,
      [path.join(ctx.root, "lib/server/edge.js"), "--port", String(edgePort), "--instances", "2", "--no-worker"],
      { cwd: ctx.root, env, log: path.join(ctx.outDir, "edge.log") },
    );
    stopEdge = stopper(launcher);
    const page = `${edgeUrl}/initiatives/${SLUG}`;
    await waitFor(page, 180_000);

    const html = Buffer.from(await (await fetch(page)).arrayBuffer());
    nginx = await startNginx(ctx, ctx.portBase + 20, { "status.html": html });
    const reference = `${nginx.base}/status.html`;

    ctx.log(`edge: wrk, ${ctx.connections} connections, ${ctx.seconds} s each, gzip, ${LOAD_ROUNDS} alternating rounds`);
    const edgeRuns: LoadResult[] = [];
    const nginxRuns: LoadResult[] = [];
    for (let i = 0; i < LOAD_ROUNDS; i++) {
      edgeRuns.push(await load(ctx, page));
      nginxRuns.push(await load(ctx, reference));
    }
    const [edge, nginxStatic] = [best(edgeRuns), best(nginxRuns)];

    ctx.log("edge: freshness through the edge");
    process.env.DATABASE_URL = database.url;
    const { makeUser } = await import("@/lib/testing/factories");
    const { createToken } = await import("@/lib/tokens/create-token");
    const { disconnectDb } = await import("@/lib/db");
    const { secret } = await createToken(await makeUser("ADMIN"), { name: "bench", scopes: ["counts:write"] }, { via: "cli" });
    await disconnectDb();
    const countUrl = `${edgeUrl}/api/v1/initiatives/${SLUG}/count`;
    const count = async () => ((await (await fetch(countUrl)).json()) as { value: number }).value;
    const rounds: { countMs: number; pageMs: number }[] = [];
    for (let i = 0; i < FRESHNESS_ROUNDS; i++) {
      await fetch(page);
      const value = (await count()) + 1_000 + i;
      const written = await fetch(`${edgeUrl}/api/v1/initiatives/${SLUG}/counts`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ value, observedAt: new Date().toISOString() }),
      });
      if (written.status !== 201) throw new Error(`the write API answered ${written.status}`);
      const at = Date.now();
      const shown = new Intl.NumberFormat("en-GB").format(value);
      const countMs = await until(async () => ((await count()) === value ? Date.now() - at : undefined), 10_000);
      const pageMs = await until(async () => ((await (await fetch(page)).text()).includes(shown) ? Date.now() - at : undefined), 10_000);
      rounds.push({ countMs, pageMs });
    }
    return {
      what: "status page with gzip: npm run start:edge (Varnish + 2 app processes, one core) vs nginx gzip_static, same page",
      htmlBytes: html.length,
      edge,
      nginxStatic,
      ratio: Math.round((edge.rps / Math.max(1, nginxStatic.rps)) * 100) / 100,
      rounds: { edgeRps: edgeRuns.map((r) => r.rps), nginxRps: nginxRuns.map((r) => r.rps) },
      errors: edgeRuns.reduce((n, r) => n + r.errors + r.non2xx, 0),
      freshnessMs: {
        rounds,
        countMax: Math.max(...rounds.map((r) => r.countMs)),
        pageMax: Math.max(...rounds.map((r) => r.pageMs)),
      },
    };
  } finally {
    await nginx?.stop();
    await stopEdge?.();
    await database.drop();
  }
}
