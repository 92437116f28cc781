// A job module: one domain's background work (queues, workers, schedules). The worker process
// starts every module listed in lib/cli/worker.ts.
import type PgBoss from "pg-boss";

export type WorkerContext = {
  boss: PgBoss;
  log: (line: string) => void;
  /** Calls `fn` whenever a NOTIFY arrives on `channel` (and once after every reconnection). */
  onNotify: (channel: string, fn: () => void) => void;
};

export type JobModule = {
  name: string;
  /** Creates queues, registers workers and schedules. May return a function that stops extra loops. */
  start: (ctx: WorkerContext) => Promise<void | (() => Promise<void>)>;
};
