// Benchmark: the origin side by side with its references, in one run on one machine. Threshold's
// production server (`npm start`) on a fresh seeded database, a minimal App Router page with one
// client island built here with the same Next.js (lib/bench/minimal.ts), and nginx serving the
// very same bytes: each pinned to the server core in turn, wrk on the other core with gzip.
// Figures: requests per second and latency, JavaScript and HTML bytes per page, and Lighthouse.
import { existsSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@/lib/testing/database";
import { pageBytes, type PageBytes } from "./bytes";
import type { BenchContext } from "./context";
import { lighthouseScores, type LighthouseScores } from "./lighthouse";
import { writeMinimalApp } from "./minimal";
import { load, pinned, productionEnv, run, seed, startNginx, stopper, waitFor, type LoadResult, type Server } from "./tools";

export const SLUG = "library-opening-hours-demo";

/** The pages measured: Threshold's address, and the file nginx serves the same bytes from. */
export const PAGES = {
  status: { path: `/initiatives/${SLUG}`, file: "status.html" },
  list: { path: "/initiatives", file: "list.html" },
  count: { path: `/api/v1/initiatives/${SLUG}/count`, file: "count.json" },
  home: { path: "/", file: "home.html" },
} as const;
export type PageName = keyof typeof PAGES;

export type Throughput = { threshold: LoadResult; nginxSameBytes: LoadResult };
export type OriginFigures = {
  throughput: Record<PageName | "minimal", Throughput>;
  bytes: Record<Exclude<PageName, "count"> | "minimal", PageBytes>;
  lighthouse: Record<"status" | "home" | "list" | "minimal", LighthouseScores> | { skipped: string };
  build: { threshold: string; minimal: string };
};

const nextBin = (root: string) => path.join(root, "node_modules/next/dist/bin/next");

async function startNext(
  ctx: BenchContext,
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  port: number,
  probe: string,
): Promise<Server> {
  const child = pinned(ctx, ctx.cores.server, process.execPath, args, { cwd, env, log: path.join(ctx.outDir, `${name}.log`) });
  const base = `http://localhost:${port}`;
  await waitFor(`${base}${probe}`);
  return { base, stop: stopper(child) };
}

/** Fills the caches (and shows a page fails before load is put on it). */
async function warm(base: string, paths: string[]): Promise<void> {
  for (let i = 0; i < 3; i++)
    for (const p of paths) {
      const r = await fetch(new URL(p, base), { headers: { "accept-encoding": "gzip" } });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${p}: ${r.status}`);
    }
}

async function body(base: string, p: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(new URL(p, base))).arrayBuffer());
}

export async function benchOrigin(ctx: BenchContext): Promise<OriginFigures> {
  const [port, minimalPort, nginxPort] = [ctx.portBase, ctx.portBase + 1, ctx.portBase + 2];
  const database = await createTestDatabase("threshold_bench", ctx.adminDatabaseUrl);
  const env = productionEnv(database, port);
  const minimal = writeMinimalApp(ctx.root);
  const servers: Server[] = [];
  try {
    ctx.log("origin: seeding a fresh database, building the minimal reference page");
    const seeding = seed(ctx, env, "seed.log");
    await run(process.execPath, [nextBin(ctx.root), "build"], {
      cwd: minimal.dir,
      env: { ...env, DATABASE_URL: "" },
      log: path.join(ctx.outDir, "minimal-build.log"),
    });
    await seeding;
    const built = existsSync(path.join(ctx.root, ".next/BUILD_ID"));
    if (!built || process.env.BENCH_BUILD) {
      ctx.log("origin: next build (BENCH_BUILD set or no build yet)");
      await run(process.execPath, [nextBin(ctx.root), "build"], { cwd: ctx.root, env, log: path.join(ctx.outDir, "build.log") });
    }

    const threshold = await startNext(
      ctx,
      "threshold",
      ["lib/server/start.js", "--port", String(port)],
      ctx.root,
      env,
      port,
      PAGES.status.path,
    );
    servers.push(threshold);
    const reference = await startNext(
      ctx,
      "minimal",
      [nextBin(ctx.root), "start", "--port", String(minimalPort)],
      minimal.dir,
      env,
      minimalPort,
      "/",
    );
    servers.push(reference);
    const paths = Object.values(PAGES).map((p) => p.path);
    await warm(threshold.base, paths);
    await warm(reference.base, ["/"]);

    ctx.log("origin: bytes per page");
    const bytes = {
      status: await pageBytes(threshold.base, PAGES.status.path),
      list: await pageBytes(threshold.base, PAGES.list.path),
      home: await pageBytes(threshold.base, PAGES.home.path),
      minimal: await pageBytes(reference.base, "/"),
    };
    const files: Record<string, Buffer> = { "minimal.html": await body(reference.base, "/") };
    for (const p of Object.values(PAGES)) files[p.file] = await body(threshold.base, p.path);
    const nginx = await startNginx(ctx, nginxPort, files);
    servers.push(nginx);

    const throughput = {} as OriginFigures["throughput"];
    for (const [name, page] of Object.entries(PAGES) as [PageName, (typeof PAGES)[PageName]][]) {
      ctx.log(`origin: load on ${name} (${ctx.seconds} s each, Threshold then nginx)`);
      throughput[name] = {
        threshold: await load(ctx, threshold.base + page.path),
        nginxSameBytes: await load(ctx, `${nginx.base}/${page.file}`),
      };
    }
    ctx.log("origin: load on the minimal page");
    throughput.minimal = {
      threshold: await load(ctx, `${reference.base}/`),
      nginxSameBytes: await load(ctx, `${nginx.base}/minimal.html`),
    };
    await nginx.stop();

    let lighthouse: OriginFigures["lighthouse"];
    if (!ctx.tools.chromium) lighthouse = { skipped: "Chromium is missing: apt-get install -y chromium" };
    else {
      ctx.log("origin: Lighthouse (mobile) on status, home, list and the minimal page");
      lighthouse = {
        status: await lighthouseScores(ctx, threshold.base + PAGES.status.path),
        home: await lighthouseScores(ctx, threshold.base + PAGES.home.path),
        list: await lighthouseScores(ctx, threshold.base + PAGES.list.path),
        minimal: await lighthouseScores(ctx, `${reference.base}/`),
      };
    }
    return { throughput, bytes, lighthouse, build: { threshold: path.join(ctx.root, ".next"), minimal: minimal.dir } };
  } finally {
    for (const s of servers.reverse()) await s.stop();
    minimal.remove();
    await database.drop();
  }
}
