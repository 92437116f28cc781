// Benchmark part of issue 11, point 4: Threshold at scale. On a database holding the synthetic set
// (lib/seed/synthetic.ts: 100,000 initiatives, 10,000,000 observations, one initiative with
// 1,000,000; loaded once and reused while its fingerprint matches, see scale-set.ts), it reports the database time (EXPLAIN ANALYZE, warm) of the list,
// its filters, full-text search and the home page's sections; the uncached list page's latency at
// 10 connections against `npm start` (every request a different page of results, so none is
// served from a cache); and how long the 1,000,000-observation status page and its day-by-day
// counts API take, each against its target (5 ms, p95 150 ms, 100 ms) with pass or fail. Set
// BENCH_SCALE_INITIATIVES, BENCH_SCALE_OBSERVATIONS and BENCH_SCALE_BIG for a smaller set,
// BENCH_SCALE_REUSE=0 to load a fresh one.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { explainRead, type Explained } from "./explain";
import { scaleChecks, scaleMarkdown, SCALE_TARGETS as TARGETS, type ScaleFigures } from "./scale-report";
import { scaleSet } from "./scale-set";

/** What this part needs of the bench's context (lib/bench/context.ts). */
export type ScaleBenchContext = {
  root: string;
  adminDatabaseUrl: string;
  portBase: number;
  cores: { server: number; load: number };
  tools: { taskset: string | null };
  log: (message: string) => void;
};

const BIG = "synthetic-long-series";
const WARMUP_SECONDS = 5;
const WARMUP_PAGES = 30;

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** Milliseconds of a fixed loop of arithmetic: how fast this machine runs JavaScript right now. */
function cpuCheck(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 300_000_000; i++) x += i % 7;
  if (x < 0) throw new Error("unreachable");
  return Math.round(performance.now() - started);
}

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return { ms: Math.round(performance.now() - t), status: response.status, bytes: body.byteLength };
}

export async function benchScale(ctx: ScaleBenchContext): Promise<Record<string, unknown>> {
  const started = Date.now();
  const number = (v: string | undefined, d: number) => (v ? Number(v) : d);
  const size = {
    initiatives: number(process.env.BENCH_SCALE_INITIATIVES, 100_000),
    observations: number(process.env.BENCH_SCALE_OBSERVATIONS, 10_000_000),
    big: number(process.env.BENCH_SCALE_BIG, 1_000_000),
  };
  const database = await scaleSet({
    root: ctx.root,
    adminDatabaseUrl: ctx.adminDatabaseUrl,
    size,
    reuse: process.env.BENCH_SCALE_REUSE !== "0",
    log: ctx.log,
  });
  const port = ctx.portBase + 40;
  const base = `http://localhost:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    APP_URL: base,
    AUTH_SECRET: "bench-secret-0123456789abcdef",
    NODE_OPTIONS: "",
  };
  let server: ChildProcess | undefined;
  try {
    const { queries, bigStatus, bigCounts } = await measureReads(database.url, ctx.log);

    // The app itself: npm start on the same database, pinned like the rest of the bench.
    const start = [path.join(ctx.root, "lib/server/start.js"), "--port", String(port)];
    if (!existsSync(path.join(ctx.root, ".next/BUILD_ID"))) {
      ctx.log("scale: building the app (next build)");
      await run(process.execPath, [path.join(ctx.root, "node_modules/next/dist/bin/next"), "build"], env, ctx.root);
    }
    server = ctx.tools.taskset
      ? spawn(ctx.tools.taskset, ["-c", String(ctx.cores.server), process.execPath, ...start], { cwd: ctx.root, env, stdio: "ignore" })
      : spawn(process.execPath, start, { cwd: ctx.root, env, stdio: "ignore" });
    await waitFor(`${base}/api/v1/jurisdictions`);

    // First (uncached) renders of the long series: the status page and the counts API by day, after
    // the same routes rendered WARMUP_PAGES small initiatives: the first render of a route loads its
    // code, and V8 compiles its hot paths only after a few dozen (measured on one core: a small
    // status page's first render took 90-100 ms after 3 others, 40-58 ms after 30).
    for (let n = 1; n <= WARMUP_PAGES; n++) {
      await timedGet(`${base}/initiatives/synthetic-${n}`);
      await timedGet(`${base}/api/v1/initiatives/synthetic-${n}/counts?resolution=day`);
    }
    const smallStatusPage = await timedGet(`${base}/initiatives/synthetic-${WARMUP_PAGES + 1}`);
    const statusPage = await timedGet(`${base}/initiatives/${BIG}`);
    const countsApi = await timedGet(`${base}/api/v1/initiatives/${BIG}/counts?resolution=day`);
    const countsApiAgain = await timedGet(`${base}/api/v1/initiatives/${BIG}/counts?resolution=day&to=2100-01-01`);

    // The list page, never from a cache: every request asks for a different page of results. The
    // same load runs unmeasured first for WARMUP_SECONDS: until V8 has compiled the route's hot
    // code, requests cost about twice as much (measured: 36-40 req/s in the first ten seconds, 60-85
    // after), and a server under a steady load has long passed that.
    await timedGet(`${base}/initiatives`);
    let n = 0;
    const { encodeCursor } = await import("@/lib/initiatives/list");
    const facets = ["", "&jurisdiction=uk", "&scheme=eci", "&status=open", "&stage=collecting"];
    const latencies: number[] = [];
    const load = (duration: number): autocannon.Options => ({
      url: `${base}/initiatives`,
      connections: 10,
      duration,
      requests: [
        {
          setupRequest: (request) => {
            n++;
            const cursor = encodeCursor(1_000 + ((n * 7919) % 1_000_000), `synthetic-${(n % 99_999).toString(36)}`);
            return { ...request, path: `/initiatives?cursor=${cursor}${facets[n % facets.length]}` };
          },
        },
      ],
    });
    const cannon = (options: autocannon.Options, onLatency?: (ms: number) => void) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
        if (onLatency) instance.on("response", (_client, _status, _bytes, ms) => onLatency(ms));
      });
    await cannon(load(WARMUP_SECONDS));
    const result = await cannon(load(10), (ms) => latencies.push(ms));
    latencies.sort((a, b) => a - b);
    const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? -1);
    const listPage = {
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50: at(50),
      p95: at(95),
      p99: at(99),
      non2xx: result.non2xx,
      errors: result.errors,
      warmupSeconds: WARMUP_SECONDS,
    };
    const figures: ScaleFigures = {
      dataSet: { ...size, loadSeconds: database.loadSeconds, reused: database.reused },
      queries,
      listPageUncached: listPage,
      bigSeries: {
        statusRead: bigStatus,
        countsRead: bigCounts,
        statusPageFirstRenderMs: statusPage.ms,
        smallStatusPageFirstRenderMs: smallStatusPage.ms,
        countsApiFirstMs: countsApi.ms,
        countsApiSecondUncachedMs: countsApiAgain.ms,
      },
      loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
      cpuCheckMs: cpuCheck(),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const checks = scaleChecks(figures);
    return {
      ...figures,
      labelled: "title 'Synthetic initiative N', source 'synthetic'",
      targets: TARGETS,
      bigSeriesStatusCode: statusPage.status,
      checks,
      allPass: checks.every((c) => c.pass),
      markdown: scaleMarkdown(figures, checks),
    };
  } finally {
    server?.kill("SIGTERM");
    await database.drop();
  }
}

/** The database time of each read the list, search, home and status pages make, on `databaseUrl`. */
export async function measureReads(databaseUrl: string, log: (line: string) => void) {
  process.env.DATABASE_URL = databaseUrl;
  const { resetEnvForScripts } = await import("@/lib/env");
  resetEnvForScripts();
  const { listInitiatives, homeSections } = await import("@/lib/initiatives/list");
  const { findInitiativeStatus } = await import("@/lib/initiatives/queries");
  const { findCountSeries } = await import("@/lib/counts/series");
  const { ZListQuery } = await import("@/lib/initiatives/schemas");
  const { ZCountsQuery } = await import("@/lib/counts/schemas");
  const { disconnectDb } = await import("@/lib/db");
  const list = (q: Record<string, string>) => () => listInitiatives(ZListQuery.parse(q));
  const reads: Record<string, () => Promise<unknown>> = {
    "list (count order)": list({}),
    "list, jurisdiction": list({ jurisdiction: "uk" }),
    "list, scheme": list({ scheme: "eci" }),
    "list, stage": list({ stage: "collecting" }),
    "list, topic": list({ topic: "elections" }),
    "list, open": list({ status: "open" }),
    "list, fastest growing": list({ sort: "growth" }),
    "list, closing soon": list({ sort: "closing", status: "open" }),
    "list, newest": list({ sort: "newest" }),
    // Words of the synthetic titles and summaries, from frequent to rare (matches in the full set):
    // library 6,327, lighthouse 1,028, bicycle & parking 206, kalomi 63.
    "search, frequent word": list({ q: "library" }),
    "search, one word": list({ q: "lighthouse" }),
    "search, two words": list({ q: "bicycle parking" }),
    "search, rare word": list({ q: "kalomi" }),
    "search, with a filter": list({ q: "lighthouse", jurisdiction: "fi" }),
    "home page sections": () => homeSections(),
  };
  const queries: Record<string, Explained & { withinTarget: boolean }> = {};
  for (const [name, read] of Object.entries(reads)) {
    const e = await explainRead(databaseUrl, read);
    queries[name] = { ...e, withinTarget: e.executionMs <= TARGETS.queryMs };
    log(`scale: ${name}: ${e.executionMs} ms database time in ${e.statements} statement(s), ${e.wallMs} ms wall`);
  }
  const bigStatus = await explainRead(databaseUrl, () => findInitiativeStatus(BIG));
  log(`scale: status of ${BIG}: ${bigStatus.executionMs} ms database time, ${bigStatus.wallMs} ms wall`);
  const bigCounts = await explainRead(databaseUrl, () => findCountSeries(BIG, ZCountsQuery.parse({ resolution: "day" })));
  log(`scale: counts of ${BIG} by day: ${bigCounts.executionMs} ms database time, ${bigCounts.wallMs} ms wall`);
  await disconnectDb();
  return { queries, bigStatus, bigCounts };
}
