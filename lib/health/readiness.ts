import "server-only";
// Whether this process should receive traffic: the database answers within a short time and every
// migration in prisma/migrations has been applied (a server started on an older schema would fail
// its writes). Liveness (/healthz) asks nothing of the database: a process that can answer is alive.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";

const PROBE_TIMEOUT_MS = 2000;

export type Readiness = { ready: boolean; database: "ok" | "unreachable"; pendingMigrations: string[] };

async function migrationsOnDisk(): Promise<string[]> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("readiness probe timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function readiness(): Promise<Readiness> {
  const expected = await migrationsOnDisk();
  let applied: string[];
  try {
    const rows = await withTimeout(
      db().$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      PROBE_TIMEOUT_MS,
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: [] };
  }
  const done = new Set(applied);
  const pendingMigrations = expected.filter((m) => !done.has(m)).sort();
  return { ready: pendingMigrations.length === 0, database: "ok", pendingMigrations };
}
