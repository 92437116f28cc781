// What `npm run bench` hands to each part of the benchmark (lib/bench/index.ts builds it once per
// run): where the repository and this run's results live, the load settings every part shares, the
// two cores (server pinned to one, load generator on the other) and the tools found on the machine.
export type BenchContext = {
  /** The repository root. */
  root: string;
  /** This run's folder under bench-results/ (a part may write files of its own there). */
  outDir: string;
  /** Concurrent connections and seconds of each load run (BENCH_CONNECTIONS, BENCH_SECONDS). */
  connections: number;
  seconds: number;
  /** The CPU the server under test is pinned to, and the one the load generator runs on. */
  cores: { server: number; load: number };
  /** Absolute paths of the tools found, or null when missing (a part then reports what it skipped). */
  tools: { wrk: string | null; nginx: string | null; taskset: string | null; chromium: string | null };
  /** The PostgreSQL server where parts create (and drop) their own databases. */
  adminDatabaseUrl: string;
  /** The first of 50 ports this run may listen on (BENCH_PORT_BASE, default 8100). */
  portBase: number;
  /** One progress line on stderr (stdout carries the report). */
  log: (message: string) => void;
};

/** A part of the benchmark: its figures, printed and written as JSON under its name. */
export type BenchPart = (ctx: BenchContext) => Promise<Record<string, unknown>>;
