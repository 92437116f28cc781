// The scale part's data set (lib/seed/synthetic.ts) in a database of its own, loaded once and
// reused by later runs while nothing that shapes it changed: loading 10,000,000 observations takes
// 1-5 minutes on the 2-core development machine (by its load), which alone would take half of the
// bench's ten. The database is named after a fingerprint of what decides its contents (the size
// asked, the migrations, the loader's and the rules catalogue's source), and marked complete only
// after a load that finished; any other set of ours is dropped first, so at most one (about 3 GB
// at full size) stays on the server between runs. BENCH_SCALE_REUSE=0 loads a fresh database and
// drops it afterwards.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import pg from "pg";
import { runMigrateTool } from "@/lib/dev/migrate";
import { createTestDatabase } from "@/lib/testing/database";

export type ScaleSize = { initiatives: number; observations: number; big: number };
export type ScaleSet = {
  url: string;
  /** Seconds the load took in this run, or null when a set loaded earlier was reused. */
  loadSeconds: number | null;
  reused: { name: string; loadedAt: string } | null;
  drop: () => Promise<void>;
};

const PREFIX = "threshold_scale_set_";
const COMPLETE = "threshold synthetic set, complete, loaded ";

/** Files whose content decides the set's contents (besides its size). */
const SHAPING = [
  "lib/seed/synthetic.ts",
  "lib/seed/synthetic-copy.ts",
  "lib/seed/synthetic-words.ts",
  "lib/seed/demo-series.ts",
  "lib/seed/topics.ts",
  "lib/cli/scale-seed.ts",
  "lib/rules",
];

function filesUnder(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  try {
    return readdirSync(full, { withFileTypes: true })
      .filter((e) => !e.name.endsWith(".test.ts"))
      .flatMap((e) => filesUnder(root, path.join(rel, e.name)))
      .sort();
  } catch {
    return [rel]; // a file, not a folder
  }
}

export function scaleFingerprint(root: string, size: ScaleSize): string {
  const hash = createHash("sha256").update(JSON.stringify(size));
  for (const m of readdirSync(path.join(root, "prisma/migrations")).sort()) hash.update(m);
  for (const file of SHAPING.flatMap((rel) => filesUnder(root, rel))) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest("hex").slice(0, 12);
}

function runSeed(root: string, url: string, size: ScaleSize, log: (line: string) => void): Promise<void> {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const args = [tsx, "--conditions=react-server", "lib/cli/scale-seed.ts"];
  for (const [flag, value] of [
    ["--initiatives", size.initiatives],
    ["--observations", size.observations],
    ["--big", size.big],
  ] as const) {
    args.push(flag, String(value));
  }
  const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: url, AUTH_SECRET: "bench-secret-0123456789abcdef" };
  return new Promise((resolve, reject) => {
    // Its progress lines (how long each step took) go to the bench's log.
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    createInterface({ input: child.stdout }).on("line", (line) => log(line));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`scale:seed exited ${code}`))));
  });
}

async function admin<T>(adminUrl: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export async function scaleSet(opts: {
  root: string;
  adminDatabaseUrl: string;
  size: ScaleSize;
  reuse: boolean;
  log: (line: string) => void;
}): Promise<ScaleSet> {
  const { root, adminDatabaseUrl, size, log } = opts;
  if (!opts.reuse) {
    const database = await createTestDatabase("threshold_scale", adminDatabaseUrl);
    const started = Date.now();
    await runSeed(root, database.url, size, log);
    return { url: database.url, loadSeconds: Math.round((Date.now() - started) / 1000), reused: null, drop: database.drop };
  }
  const name = `${PREFIX}${scaleFingerprint(root, size)}`;
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${name}`;
  const keep = { url: url.toString(), drop: async () => undefined };
  const existing = await admin(adminDatabaseUrl, async (c) => {
    const { rows } = await c.query<{ datname: string; note: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE $1`,
      [`${PREFIX}%`],
    );
    return rows;
  });
  const mine = existing.find((r) => r.datname === name && r.note?.startsWith(COMPLETE));
  if (mine) {
    const loadedAt = (mine.note as string).slice(COMPLETE.length);
    log(`scale: reusing ${name} (loaded ${loadedAt}; BENCH_SCALE_REUSE=0 loads a fresh one)`);
    return { ...keep, loadSeconds: null, reused: { name, loadedAt } };
  }
  // Sets of other fingerprints (or this one, half loaded) are dropped: one set is kept at most.
  await admin(adminDatabaseUrl, async (c) => {
    for (const r of existing) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  await runMigrateTool(keep.url, ["migrate", "deploy"], { quiet: true });
  log(`scale: loading ${size.initiatives} initiatives and ${size.observations} observations into ${name}`);
  const started = Date.now();
  await runSeed(root, keep.url, size, log);
  const loadSeconds = Math.round((Date.now() - started) / 1000);
  await admin(adminDatabaseUrl, (c) => c.query(`COMMENT ON DATABASE "${name}" IS '${COMPLETE}${new Date().toISOString()}'`));
  return { ...keep, loadSeconds, reused: null };
}
