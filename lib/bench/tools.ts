// The bench's machinery: servers started pinned to a core (taskset), wrk on the other core, and
// nginx (one worker) serving files with gzip_static, the physical reference for "the same bytes".
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { TestDatabase } from "@/lib/testing/database";
import type { BenchContext } from "./context";

export type Server = { base: string; stop: () => Promise<void> };

/** A command pinned to one core (when taskset is there), its output kept in a log file. */
export function pinned(
  ctx: BenchContext,
  core: number,
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): ChildProcess {
  const [cmd, argv] = ctx.tools.taskset ? [ctx.tools.taskset, ["-c", String(core), command, ...args]] : [command, args];
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (b: Buffer) => lines.push(b.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => writeFileSync(opts.log, lines.join("")));
  return child;
}

export async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
}

/** A command that must succeed (builds, seeding), its output kept in a log file. */
export function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    child.stdout.on("data", (b: Buffer) => lines.push(b.toString()));
    child.stderr.on("data", (b: Buffer) => lines.push(b.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      writeFileSync(opts.log, lines.join(""));
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} exited ${code}; see ${opts.log}`));
    });
  });
}

export type LoadResult = { rps: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number };

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? 1);

/** Parses wrk's --latency report. */
export function parseWrk(out: string): LoadResult {
  const latency = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(out);
    return m ? Math.round(ms(m[1] as string, m[2] as string) * 100) / 100 : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)),
    p50Ms: latency("50"),
    p99Ms: latency("99"),
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN),
    errors: errors ? errors.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

/** wrk on the load core, one thread, ctx.connections connections, with Accept-Encoding: gzip as browsers send. */
export async function load(ctx: BenchContext, url: string, seconds = ctx.seconds): Promise<LoadResult> {
  if (!ctx.tools.wrk) throw new Error("wrk is missing: apt-get install -y wrk");
  const args = ["-t1", `-c${ctx.connections}`, `-d${seconds}s`, "--latency", "--timeout", "5s", "-H", "Accept-Encoding: gzip", url];
  const [cmd, argv] = ctx.tools.taskset
    ? [ctx.tools.taskset, ["-c", String(ctx.cores.load), ctx.tools.wrk, ...args]]
    : [ctx.tools.wrk, args];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (b: Buffer) => (text += b.toString()));
    child.stderr.on("data", (b: Buffer) => (text += b.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text}`))));
  });
  return parseWrk(out);
}

/** nginx with one worker on the server core, serving `files` (name -> bytes) with precompressed .gz beside each. */
export async function startNginx(ctx: BenchContext, port: number, files: Record<string, Buffer>): Promise<Server> {
  if (!ctx.tools.nginx) throw new Error("nginx is missing: apt-get install -y nginx-light (or nginx)");
  const prefix = path.join(ctx.outDir, "nginx");
  const html = path.join(prefix, "html");
  mkdirSync(html, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(path.join(html, name), bytes);
    writeFileSync(path.join(html, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `# One worker, as the origin gets one core; files precompressed (gzip_static), as a static host serves them.
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip_static on;
  types { text/html html; application/json json; }
  client_body_temp_path ${prefix}/tmp-body;
  proxy_temp_path ${prefix}/tmp-proxy;
  fastcgi_temp_path ${prefix}/tmp-fastcgi;
  uwsgi_temp_path ${prefix}/tmp-uwsgi;
  scgi_temp_path ${prefix}/tmp-scgi;
  server { listen 127.0.0.1:${port}; root ${html}; }
}
`,
  );
  const child = pinned(ctx, ctx.cores.server, ctx.tools.nginx, ["-p", prefix, "-c", conf], {
    cwd: prefix,
    env: process.env,
    log: path.join(ctx.outDir, "nginx.log"),
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/${Object.keys(files)[0]}`, 10_000);
  return { base, stop: stopper(child) };
}

/** The environment of a production server (and its seed) on a bench database, at localhost:port. */
export function productionEnv(database: TestDatabase, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    ...(database.busUrl ? { EMBEDDED_BUS_URL: database.busUrl } : {}),
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdefghijklmnop",
    NODE_OPTIONS: "",
  };
}

/** Seeds a bench database with the demo data (prisma/seed.ts). */
export function seed(ctx: BenchContext, env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return run(process.execPath, [path.join(ctx.root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed.ts"], {
    cwd: ctx.root,
    env,
    log: path.join(ctx.outDir, log),
  });
}
