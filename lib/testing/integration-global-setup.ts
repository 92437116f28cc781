// Vitest global setup for integration tests: one fresh, migrated database for the run, with the
// rules catalogue written once (tests create their own initiatives and users, uniquely named).
import type { TestProject } from "vitest/node";
import { createTestDatabase, DEFAULT_ADMIN_URL } from "./database";

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("threshold_it", process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  project.provide("databaseUrl", database.url);
  project.provide("busUrl", database.busUrl ?? "");
  process.env.DATABASE_URL = database.url;
  const { syncCatalog } = await import("@/lib/rules/sync-catalog");
  const { systemActor } = await import("@/lib/auth/actor");
  const { disconnectDb } = await import("@/lib/db");
  await syncCatalog(systemActor("test-setup"), { via: "seed" });
  await disconnectDb();
  return async () => {
    await database.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    busUrl: string;
  }
}
