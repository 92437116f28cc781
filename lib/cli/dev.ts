// npm run dev: everything a newcomer needs, with no database server. Without DATABASE_URL it starts
// the embedded PostgreSQL (PGlite, data in .pglite/), migrates and seeds it, then runs the Next dev
// server and the worker against it. With DATABASE_URL set, the same happens on that database.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/dev/embedded-postgres";
import { runMigrateTool } from "@/lib/dev/migrate";
import { env, resetEnvForScripts } from "@/lib/env";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
let embedded: EmbeddedPostgres | undefined;

function log(line: string) {
  console.log(`\x1b[36m[threshold]\x1b[0m ${line}`);
}

async function shutdown(code = 0) {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once("exit", resolve)))));
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}

function run(name: string, command: string, args: string[]) {
  const child = spawn(command, args, { cwd: root, env: process.env, stdio: "inherit" });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGTERM") {
      log(`${name} stopped (${signal ?? `exit ${code}`}); shutting down`);
      void shutdown(code ?? 1);
    }
  });
  children.push(child);
}

async function main() {
  const started = Date.now();
  if (!env().DATABASE_URL) {
    const dataDir = path.resolve(root, env().PGLITE_DIR);
    log(`no DATABASE_URL: starting the embedded database in ${path.relative(root, dataDir)}/`);
    embedded = await startEmbeddedPostgres({ dataDir, port: env().PGLITE_PORT, busPort: env().PGLITE_BUS_PORT });
    process.env.DATABASE_URL = embedded.url;
    process.env.EMBEDDED_BUS_URL = embedded.busUrl;
    // The pool is shared with PGlite's single backend: keep it small.
    process.env.DATABASE_POOL_MAX ??= "5";
    resetEnvForScripts();
  }
  log("applying migrations");
  await runMigrateTool(env().DATABASE_URL as string, ["migrate", "deploy"], { quiet: true });
  log("seeding (idempotent)");
  const { runSeed } = await import("@/lib/seed/run-seed");
  const { disconnectDb } = await import("@/lib/db");
  await runSeed({ log: (line) => log(`seed: ${line}`) });
  await disconnectDb();
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the app and the worker`);
  run("next", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", "--port", process.env.PORT ?? "3000"]);
  const worker = path.join(root, "lib/cli/worker.ts");
  run("worker", process.execPath, ["--conditions=react-server", "--import", "tsx", worker]);
  log(`open ${env().APP_URL}`);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch((e: unknown) => {
  console.error(e);
  void shutdown(1);
});
