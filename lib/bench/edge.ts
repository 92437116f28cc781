// Benchmark part owned by the edge work (issue 11, Deliver 2): the edge cache of `npm run
// start:edge` against nginx serving the same bytes, and freshness through the edge.
//
// On a fresh seeded database and the production build: the launcher (lib/server/edge.js, two app
// processes, no worker) pinned with Varnish to the server core; the status page as the edge
// serves it with gzip, written to disk and served by nginx (one worker, gzip_static, the same core)
// as the physical reference; wrk on the other core, the same connections and seconds for both.
// Then counts written through the edge's write API (a real token), timed until the edge answers
// with them: the count JSON and the status page.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createTestDatabase } from "@/lib/testing/database";
import type { BenchContext } from "./context";

const SLUG = "library-opening-hours-demo";
const FRESHNESS_ROUNDS = 5;

type Load = { perSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "ignore" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

/** wrk's text report, read: requests per second, latency percentiles, errors. */
export function parseWrk(text: string): Load {
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(text);
    if (!m) return -1;
    const v = Number(m[1]);
    return Math.round((m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v) * 100) / 100;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    perSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? 0)),
    p50Ms: ms("50"),
    p99Ms: ms("99"),
    requests: Number(/(\d+) requests in/.exec(text)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0),
  };
}

function wrk(ctx: BenchContext, url: string): Promise<Load> {
  const args = ["-t1", `-c${ctx.connections}`, `-d${ctx.seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url];
  const [command, all] = ctx.tools.taskset
    ? [ctx.tools.taskset, ["-c", String(ctx.cores.load), ctx.tools.wrk as string, ...args]]
    : [ctx.tools.wrk as string, args];
  return new Promise((resolve, reject) =>
    execFile(command, all, { encoding: "utf8" }, (e, stdout) => (e ? reject(e) : resolve(parseWrk(stdout)))),
  );
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The body as sent (fetch would gunzip it). */
function rawBody(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

function pinned(ctx: BenchContext, command: string, args: string[]): [string, string[]] {
  return ctx.tools.taskset ? [ctx.tools.taskset, ["-c", String(ctx.cores.server), command, ...args]] : [command, args];
}

/** nginx, one worker, serving `dir` (index.html and its .gz) with gzip_static, in the foreground. */
function startNginx(ctx: BenchContext, dir: string, port: number): ChildProcess {
  const conf = path.join(dir, "nginx.conf");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`).join(" ");
  writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;\n` +
      `events { worker_connections 4096; }\n` +
      `http { access_log off; default_type text/html; ${temp}\n` +
      `  server { listen 127.0.0.1:${port}; root ${dir}; location / { gzip_static on; } } }\n`,
  );
  const [command, args] = pinned(ctx, ctx.tools.nginx as string, ["-c", conf, "-p", dir]);
  return spawn(command, args, { stdio: "ignore" });
}

export async function benchEdge(ctx: BenchContext): Promise<Record<string, unknown>> {
  const missing = (["wrk", "nginx"] as const).filter((t) => !ctx.tools[t]);
  const varnish = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((p) => existsSync(p));
  if (missing.length || !varnish)
    return {
      skipped: `needs ${[...missing, ...(varnish ? [] : ["varnish"])].join(", ")}: sudo apt-get install -y wrk nginx varnish varnish-modules`,
    };
  const edgePort = ctx.portBase + 10;
  const nginxPort = ctx.portBase + 20;
  const edgeUrl = `http://localhost:${edgePort}`;
  const database = await createTestDatabase("threshold_bench_edge", ctx.adminDatabaseUrl);
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    ...(database.busUrl ? { EMBEDDED_BUS_URL: database.busUrl } : {}),
    APP_URL: edgeUrl,
    AUTH_URL: edgeUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef",
    NODE_OPTIONS: "",
  };
  const dir = mkdtempSync(path.join(tmpdir(), "threshold-bench-edge-"));
  chmodSync(dir, 0o755); // nginx's worker (nobody, when started as root) reads the page from here
  let launcher: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  try {
    ctx.log("edge: seeding a fresh database");
    await run(
      process.execPath,
      [path.join(ctx.root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed.ts"],
      env,
      ctx.root,
    );
    if (!existsSync(path.join(ctx.root, ".next/BUILD_ID"))) {
      ctx.log("edge: building");
      await run(process.execPath, [path.join(ctx.root, "node_modules/next/dist/bin/next"), "build"], env, ctx.root);
    }
    ctx.log("edge: starting npm run start:edge (2 app processes and Varnish, pinned to the server core)");
    const [command, args] = pinned(ctx, process.execPath, [
      path.join(ctx.root, "lib/server/edge.js"),
      ...["--port", String(edgePort), "--instances", "2", "--no-worker"],
    ]);
    launcher = spawn(command, args, { cwd: ctx.root, env, stdio: "ignore", detached: true });
    const page = `${edgeUrl}/initiatives/${SLUG}`;
    await until(async () => ((await fetch(page)).ok ? true : undefined), 180_000);

    // The very bytes the edge serves, on disk for nginx.
    const gz = await rawBody(page, { "accept-encoding": "gzip" });
    writeFileSync(path.join(dir, "index.html.gz"), gz);
    writeFileSync(path.join(dir, "index.html"), gunzipSync(gz));
    nginx = startNginx(ctx, dir, nginxPort);
    const reference = `http://127.0.0.1:${nginxPort}/index.html`;
    await until(async () => ((await fetch(reference)).ok ? true : undefined), 10_000);

    ctx.log(`edge: wrk, ${ctx.connections} connections, ${ctx.seconds} s each, gzip`);
    const edge = await wrk(ctx, page);
    const nginxStatic = await wrk(ctx, reference);

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
      what: "status page with gzip: npm run start:edge (Varnish + 2 app processes, one core) vs nginx gzip_static, same bytes",
      bytesGzip: gz.length,
      edge,
      nginxStatic,
      ratio: Math.round((edge.perSecond / Math.max(1, nginxStatic.perSecond)) * 100) / 100,
      errors: edge.errors + edge.non2xx,
      freshnessMs: {
        rounds,
        countMax: Math.max(...rounds.map((r) => r.countMs)),
        pageMax: Math.max(...rounds.map((r) => r.pageMs)),
      },
    };
  } finally {
    nginx?.kill("SIGTERM");
    if (launcher?.pid && launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher?.once("exit", resolve));
      launcher.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}
