// npm run bench [part...]: the speed targets of issue 11, measured (not asserted by timed tests),
// each figure beside its reference from the same run. Prints the report and writes it, with the
// figures as JSON and a chart, under bench-results/<time>/ (bench-results/latest.md links the last).
// Parts: origin, viral, edge, scale (default: all). Needs wrk, nginx, taskset and Chromium, and
// says how to install what is missing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { DEFAULT_ADMIN_URL } from "@/lib/testing/database";
import type { BenchContext, BenchPart } from "./context";
import { benchEdge } from "./edge";
import { benchOrigin, type OriginFigures } from "./origin";
import { checks, checksMarkdown, originMarkdown, partMarkdown, throughputSvg } from "./report";
import { benchScale } from "./scale";
import { benchViral } from "./viral";

const root = path.resolve(import.meta.dirname, "../..");

const PARTS: Record<string, BenchPart> = { origin: benchOrigin, viral: benchViral, edge: benchEdge, scale: benchScale };

const INSTALL: Record<keyof BenchContext["tools"], string> = {
  wrk: "apt-get install -y wrk",
  nginx: "apt-get install -y nginx-light",
  taskset: "apt-get install -y util-linux",
  chromium: "apt-get install -y chromium",
};

function which(tool: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${tool} || command -v /usr/sbin/${tool}`], { encoding: "utf8" }).trim() || null;
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
    cores: { server: 0, load: cpus().length > 1 ? 1 : 0 },
    tools: {
      wrk: which("wrk"),
      nginx: which("nginx"),
      taskset: which("taskset"),
      chromium: process.env.CHROMIUM_PATH ?? which("chromium"),
    },
    adminDatabaseUrl: process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    portBase: Number(process.env.BENCH_PORT_BASE ?? 8100),
    log: (message) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`),
  };
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((p) => !(p in PARTS));
  if (unknown.length) throw new Error(`unknown bench part ${unknown.join(", ")}; parts: ${Object.keys(PARTS).join(", ")}`);
  const ctx = context();
  const missing = (Object.keys(ctx.tools) as (keyof BenchContext["tools"])[]).filter((t) => !ctx.tools[t]);
  for (const t of missing) ctx.log(`${t} is missing (${INSTALL[t]}); figures that need it are skipped`);
  const started = Date.now();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} at start, Node ${process.versions.node}, Next ${version("next")}, ${ctx.connections} connections × ${ctx.seconds} s`;
  const results: Record<string, unknown> = { machine, startedAt: new Date(started).toISOString() };
  const sections: string[] = [];
  for (const [name, part] of Object.entries(PARTS)) {
    if (asked.length && !asked.includes(name)) continue;
    ctx.log(`${name}: starting`);
    try {
      const figures = await part(ctx);
      results[name] = figures;
      if (name === "origin") {
        const o = figures as OriginFigures;
        writeFileSync(path.join(ctx.outDir, "throughput.svg"), throughputSvg(o));
        const list = checks(o);
        results.checks = list;
        sections.unshift(`## Targets (issue 11)\n\n${checksMarkdown(list)}`, `## Origin\n\n${originMarkdown(o, "throughput.svg")}`);
      } else sections.push(partMarkdown(name, figures));
    } catch (e) {
      ctx.log(`${name}: failed: ${String(e)}`);
      results[name] = { failed: String(e) };
      sections.push(`## ${name}\n\nFailed: ${String(e)}`);
    }
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  results.minutes = Number(minutes);
  const report = [
    `# Threshold bench, ${new Date(started).toISOString().slice(0, 16)} UTC`,
    "",
    `${machine}; ${minutes} min.`,
    "",
    ...sections.map((s) => `${s}\n`),
  ].join("\n");
  writeFileSync(path.join(ctx.outDir, "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(ctx.outDir, "report.md"), report);
  writeFileSync(
    path.join(root, "bench-results", "latest.md"),
    report.replace("](throughput.svg)", `](${path.basename(ctx.outDir)}/throughput.svg)`),
  );
  console.log(report);
  ctx.log(`written to ${path.relative(root, ctx.outDir)}/ (report.md, bench.json, throughput.svg)`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
