// npm run bench [part...]: the speed targets of issue 11, measured (not asserted by timed tests),
// each figure beside its reference from the same run. Prints the figures as JSON and writes them
// under bench-results/<time>/. Parts: viral, edge, scale (default: all).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_ADMIN_URL } from "@/lib/testing/database";
import type { BenchContext, BenchPart } from "./context";
import { benchEdge } from "./edge";
import { benchScale } from "./scale";
import { benchViral } from "./viral";

const root = path.resolve(import.meta.dirname, "../..");

const PARTS: Record<string, BenchPart> = { viral: () => benchViral(), edge: benchEdge, scale: benchScale };

function which(tool: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

function context(): BenchContext {
  const outDir = path.join(root, "bench-results", new Date().toISOString().replace(/[:.]/g, "-"));
  mkdirSync(outDir, { recursive: true });
  return {
    root,
    outDir,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
    seconds: Number(process.env.BENCH_SECONDS ?? 10),
    cores: { server: 0, load: 1 },
    tools: { wrk: which("wrk"), nginx: which("nginx") ?? which("/usr/sbin/nginx"), taskset: which("taskset"), chromium: which("chromium") },
    adminDatabaseUrl: process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    portBase: Number(process.env.BENCH_PORT_BASE ?? 8100),
    log: (message) => console.error(`[bench] ${message}`),
  };
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((p) => !(p in PARTS));
  if (unknown.length) throw new Error(`unknown bench part ${unknown.join(", ")}; parts: ${Object.keys(PARTS).join(", ")}`);
  const ctx = context();
  const results: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(PARTS)) if (!asked.length || asked.includes(name)) results[name] = await part(ctx);
  writeFileSync(path.join(ctx.outDir, "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
