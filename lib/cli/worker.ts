// npm run worker: background jobs on pg-boss (a PostgreSQL job queue, no extra infrastructure).
// Modules: JOB_MODULES below. Stops gracefully on SIGTERM/SIGINT: running jobs finish first.
import "dotenv/config";
import PgBoss from "pg-boss";
import { env, requireDatabaseUrl } from "@/lib/env";
import { listen } from "@/lib/db-listen.js";
import { disconnectDb } from "@/lib/db";
import { importerJobs } from "@/lib/importers/jobs";
import { maintenanceJobs } from "@/lib/jobs/maintenance";
import type { JobModule } from "@/lib/jobs/types";
import { notificationJobs } from "@/lib/notifications/jobs";
import { webhookJobs } from "@/lib/webhooks/jobs";

const log = (line: string) => console.log(`[worker] ${line}`);

// Every background job module the worker runs. To add one, export a JobModule from its domain and
// list it here (the worker is the one place that knows them all, so no domain imports another's jobs).
const JOB_MODULES: JobModule[] = [maintenanceJobs, notificationJobs, webhookJobs, importerJobs];

async function main() {
  const boss = new PgBoss({
    connectionString: requireDatabaseUrl(),
    max: Math.max(2, Math.min(env().WORKER_CONCURRENCY + 1, 10)),
    application_name: "threshold-worker",
  });
  boss.on("error", (e) => log(`queue error: ${e instanceof Error ? e.message : String(e)}`));
  await boss.start();

  const handlers = new Map<string, (() => void)[]>();
  const listener = listen({
    databaseUrl: env().DATABASE_URL,
    busUrl: env().EMBEDDED_BUS_URL,
    channels: ["threshold_outbox", "threshold_cache"],
    onNotify: (channel) => handlers.get(channel)?.forEach((fn) => fn()),
    onConnect: () => handlers.forEach((fns) => fns.forEach((fn) => fn())),
  });
  const stops: (() => Promise<void>)[] = [];
  for (const jobModule of JOB_MODULES) {
    const stop = await jobModule.start({
      boss,
      log: (line) => log(`${jobModule.name}: ${line}`),
      onNotify: (channel, fn) => handlers.set(channel, [...(handlers.get(channel) ?? []), fn]),
    });
    if (stop) stops.push(stop);
    log(`${jobModule.name} started`);
  }

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    listener.close();
    for (const stop of stops) await stop();
    await boss.stop({ graceful: true, timeout: 20_000, wait: true });
    await disconnectDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
