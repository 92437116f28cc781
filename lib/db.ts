import "server-only";
// The one Prisma client of the process. Pool settings come from lib/env: a finite acquire timeout
// turns an exhausted pool into a clear error instead of a hung request.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  const e = env();
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: e.DATABASE_POOL_MAX,
    connectionTimeoutMillis: e.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: e.DATABASE_STATEMENT_TIMEOUT_MS,
    allowExitOnIdle: true,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { thresholdDb?: PrismaClient };

/** The shared client, created on first use (so importing this module never needs a database). */
export function db(): PrismaClient {
  globalForDb.thresholdDb ??= createClient();
  return globalForDb.thresholdDb;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.thresholdDb;
  globalForDb.thresholdDb = undefined;
  await client?.$disconnect();
}
