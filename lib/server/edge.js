// npm run start:edge: the production stack on one machine. APP_INSTANCES app processes (`npm
// start`'s server, lib/server/start.js) on loopback ports PORT+1..PORT+N, the background worker,
// and Varnish (deploy/threshold.vcl) in front of them on PORT (default 8080), plus the purger that
// drops edge copies when a write publishes their cache tags (lib/server/edge-purger.js).
//
// The app processes share nothing but PostgreSQL, trust exactly one proxy hop (Varnish, which sets
// X-Forwarded-For itself) and listen on 127.0.0.1 only, so the edge is the only way in. A process
// that exits is restarted after a second; SIGTERM or SIGINT stops everything.
//
// Options: --instances N (APP_INSTANCES), --port P (PORT), --no-worker (a worker runs elsewhere).
// Needs `next build` first, and varnishd with varnish-modules (Debian: varnish varnish-modules).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnv } from "../env/schema.js";
import { startEdgePurger } from "./edge-purger.js";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line) => console.log(`[edge] ${line}`);

/** The part of the VCL that depends on this run (deploy/threshold.vcl includes it). */
export function originsVcl(ports, staleWhileRevalidate) {
  const backends = ports.map(
    (port, i) =>
      `backend app_${i + 1} {\n    .host = "127.0.0.1";\n    .port = "${port}";\n    .probe = threshold_health;\n` +
      `    .connect_timeout = 2s;\n    .first_byte_timeout = 30s;\n}\n`,
  );
  const adds = ports.map((_, i) => `    origin.add_backend(app_${i + 1});\n`).join("");
  return (
    `# Written by lib/server/edge.js for this run.\n${backends.join("")}` +
    `sub vcl_init {\n    new origin = directors.round_robin();\n${adds}}\n` +
    `sub threshold_fresh_grace {\n    set req.grace = ${staleWhileRevalidate}s;\n}\n`
  );
}

function varnishd() {
  return ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((p) => existsSync(p)) ?? "varnishd";
}

/** A child process that is restarted when it exits, until stop() is called. */
function supervised(name, command, args, childEnv) {
  let child;
  let stopping = false;
  let restart;
  const start = () => {
    child = spawn(command, args, { cwd: root, env: childEnv, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      log(`${name} exited (${signal ?? code}); restarting in 1 s`);
      restart = setTimeout(start, 1000);
    });
  };
  start();
  return {
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        clearTimeout(restart);
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
        child.once("exit", () => resolve(undefined));
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/**
 * Varnish with deploy/threshold.vcl on `port` in front of app processes on `originPorts`
 * (127.0.0.1), restarted if it exits. In the foreground (-F) as the user running this, without
 * privilege separation (-j none), its management port off (-T none), its working files (and the
 * generated backends) in a fresh directory that stop() removes.
 * @param {{ port: number, originPorts: number[], staleWhileRevalidate: number, cacheMb?: number }} options
 * @returns {{ stop: () => Promise<void> }}
 */
export function startVarnish(options) {
  const workDir = mkdtempSync(path.join(tmpdir(), "threshold-edge-"));
  writeFileSync(path.join(workDir, "threshold-origins.vcl"), originsVcl(options.originPorts, options.staleWhileRevalidate));
  const args = [
    ...["-F", "-j", "none", "-T", "none", "-n", workDir],
    ...["-a", `:${options.port}`, "-f", path.join(root, "deploy/threshold.vcl")],
    ...["-p", `vcl_path=${workDir}:/etc/varnish:/usr/share/varnish/vcl`, "-s", `malloc,${options.cacheMb ?? 256}m`],
  ];
  const varnish = supervised("varnish", varnishd(), args, process.env);
  return {
    stop: async () => {
      await varnish.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

async function answers(url) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 2 minutes`);
}

async function main() {
  process.env.NODE_ENV ??= "production";
  const { values } = parseArgs({
    options: { instances: { type: "string" }, port: { type: "string", short: "p" }, "no-worker": { type: "boolean" } },
    strict: true,
  });
  // The app processes' configuration, with the one hop they trust: checked here once, before
  // anything starts, so a misconfiguration stops the launcher rather than N restart loops.
  const appEnv = { ...process.env, TRUST_PROXY: "1", NODE_OPTIONS: "" };
  const env = parseEnv(appEnv);
  const instances = Number(values.instances ?? env.APP_INSTANCES);
  const edgePort = Number(values.port ?? process.env.PORT ?? 8080);
  const appPorts = Array.from({ length: instances }, (_, i) => edgePort + 1 + i);
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const children = appPorts.map((port, i) =>
    supervised(
      `app ${i + 1}`,
      process.execPath,
      [path.join(root, "lib/server/start.js"), "--port", String(port), "--hostname", "127.0.0.1"],
      appEnv,
    ),
  );
  if (!values["no-worker"]) {
    const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
    children.push(supervised("worker", process.execPath, [tsx, "--conditions=react-server", "lib/cli/worker.ts"], appEnv));
  }
  await Promise.all(appPorts.map((port) => answers(`http://127.0.0.1:${port}/api/v1/topics`)));

  children.push(
    startVarnish({
      port: edgePort,
      originPorts: appPorts,
      staleWhileRevalidate: env.PUBLIC_STALE_WHILE_REVALIDATE,
      cacheMb: env.EDGE_CACHE_MB,
    }),
  );
  await answers(`${edgeUrl}/api/v1/topics`);
  const stopPurger = startEdgePurger({ edgeUrl, databaseUrl: env.DATABASE_URL, busUrl: env.EMBEDDED_BUS_URL, log });
  log(
    `ready on http://localhost:${edgePort}: Varnish in front of ${instances} app process(es) on ` +
      `${appPorts.join(", ")}${values["no-worker"] ? "" : " and the worker"}`,
  );

  const shutdown = async () => {
    stopPurger();
    await Promise.all(children.map((c) => c.stop()));
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => void shutdown());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
