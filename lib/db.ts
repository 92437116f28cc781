import "server-only";
// The Prisma client of the process. Pool settings come from lib/env: a finite acquire timeout
// turns an exhausted pool into a clear error (503, lib/errors) instead of a hung request. Public
// cached reads (lib/cache/cached.ts, inside asPublicRead) use a smaller pool of their own that
// fails fast (DATABASE_READ_ACQUIRE_TIMEOUT_MS): a page nobody has cached yet should not wait
// behind writes, and writes (DATABASE_POOL_ACQUIRE_TIMEOUT_MS) are not starved by a burst of reads.
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(pool: "main" | "reads"): PrismaClient {
  const e = env();
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: pool === "main" ? e.DATABASE_POOL_MAX : Math.max(1, Math.ceil(e.DATABASE_POOL_MAX / 2)),
    connectionTimeoutMillis: pool === "main" ? e.DATABASE_POOL_ACQUIRE_TIMEOUT_MS : e.DATABASE_READ_ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: e.DATABASE_STATEMENT_TIMEOUT_MS,
    allowExitOnIdle: true,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { thresholdDb?: PrismaClient; thresholdReadDb?: PrismaClient };

const publicRead = new AsyncLocalStorage<true>();

/** Runs a public read (cached for everyone) on the read pool, which fails fast when it is busy. */
export function asPublicRead<T>(read: () => Promise<T>): Promise<T> {
  return publicRead.run(true, read);
}

/** Work to do first inside the next interactive transaction of the current request (once). */
type TransactionHook = { run: (tx: Tx) => Promise<void>; fired: boolean };
const transactionHook = new AsyncLocalStorage<TransactionHook>();

/**
 * Runs `fn`; the first interactive transaction it opens (`db().$transaction(async (tx) => ...)`)
 * runs `first(tx)` before its own work, and commits or rolls back with it. This is how the write
 * API records an Idempotency-Key atomically with the write it guards (lib/http/idempotency.ts),
 * without every command knowing about it. Returns whether a transaction ran the hook.
 */
export async function withFirstInTransaction<T>(
  first: (tx: Tx) => Promise<void>,
  fn: () => Promise<T>,
): Promise<{ result: T; fired: boolean }> {
  const hook: TransactionHook = { run: first, fired: false };
  const result = await transactionHook.run(hook, fn);
  return { result, fired: hook.fired };
}

function hooked(client: PrismaClient, hook: TransactionHook): PrismaClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver) as unknown;
      return (arg: unknown, options?: Parameters<PrismaClient["$transaction"]>[1]) => {
        if (typeof arg !== "function" || hook.fired) return target.$transaction(arg as never, options);
        const work = arg as (tx: Tx) => Promise<unknown>;
        return target.$transaction(async (tx) => {
          await hook.run(tx);
          hook.fired = true;
          return work(tx);
        }, options);
      };
    },
  });
}

/** The shared client, created on first use (so importing this module never needs a database). */
export function db(): PrismaClient {
  if (publicRead.getStore()) {
    globalForDb.thresholdReadDb ??= createClient("reads");
    return globalForDb.thresholdReadDb;
  }
  globalForDb.thresholdDb ??= createClient("main");
  const hook = transactionHook.getStore();
  return hook && !hook.fired ? hooked(globalForDb.thresholdDb, hook) : globalForDb.thresholdDb;
}

export async function disconnectDb(): Promise<void> {
  const clients = [globalForDb.thresholdDb, globalForDb.thresholdReadDb];
  globalForDb.thresholdDb = undefined;
  globalForDb.thresholdReadDb = undefined;
  for (const client of clients) await client?.$disconnect();
}
