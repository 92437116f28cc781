// Database time of a read, measured on the very statements the app sends: while a read runs, every
// statement a pg client executes is recorded (text and parameters, as Prisma's adapter sends
// them); then each is run again under EXPLAIN (ANALYZE, FORMAT JSON) and its execution times are
// added up. Warm: the read runs once before it is recorded; each EXPLAIN runs five times and the
// median counts (the machine is shared: single runs vary several times over).
import pg from "pg";

type Recorded = { text: string; values: unknown[] };
type QueryArg = string | { text: string; values?: unknown[] };

let recording: Recorded[] | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  // pg's query() is overloaded (callbacks, config objects, streams): pass every call through unchanged.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as QueryArg;
    if (recording && first && (typeof first === "string" || typeof first.text === "string")) {
      const text = typeof first === "string" ? first : first.text;
      const values = typeof first === "string" ? ((args[1] as unknown[] | undefined) ?? []) : (first.values ?? []);
      if (/^\s*(SELECT|WITH)\b/i.test(text)) recording.push({ text, values });
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

export type Explained = {
  /** Sum of the statements' execution times (EXPLAIN ANALYZE), milliseconds. */
  executionMs: number;
  planningMs: number;
  statements: number;
  /** The slowest statement: its time and the first line of its plan. */
  slowest: { ms: number; node: string; sql: string } | null;
  /** Wall time of the read itself (median of three), milliseconds, in this process. */
  wallMs: number;
};

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string };
type ExplainRow = { "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }] };

export async function explainRead(databaseUrl: string, read: () => Promise<unknown>): Promise<Explained> {
  install();
  await read();
  const walls: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    if (i === 2) recording = [];
    try {
      await read();
    } finally {
      walls.push(performance.now() - t);
    }
  }
  const statements = recording ?? [];
  recording = null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let executionMs = 0;
    let planningMs = 0;
    let slowest: Explained["slowest"] = null;
    for (const s of statements) {
      const runs: ExplainRow["QUERY PLAN"][0][] = [];
      for (let i = 0; i < 5; i++) {
        const { rows } = await client.query<ExplainRow>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.values);
        const run = rows[0]?.["QUERY PLAN"][0];
        if (run) runs.push(run);
      }
      runs.sort((a, b) => a["Execution Time"] - b["Execution Time"]);
      const result = runs[Math.floor(runs.length / 2)];
      if (!result) continue;
      executionMs += result["Execution Time"];
      planningMs += result["Planning Time"];
      if (!slowest || result["Execution Time"] > slowest.ms) {
        const p = result.Plan;
        slowest = {
          ms: result["Execution Time"],
          node: [p["Node Type"], p["Index Name"] ?? p["Relation Name"]].filter(Boolean).join(" "),
          sql: s.text.replace(/\s+/g, " ").slice(0, 160),
        };
      }
    }
    walls.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      executionMs: round(executionMs),
      planningMs: round(planningMs),
      statements: statements.length,
      slowest: slowest && { ...slowest, ms: round(slowest.ms) },
      wallMs: round(walls[1] as number),
    };
  } finally {
    await client.end();
  }
}
