import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readiness } from "./readiness";

describe("readiness (real PostgreSQL)", () => {
  it("is ready when the database answers and every migration is applied; names a migration that is not", async () => {
    expect(await readiness()).toEqual({ ready: true, database: "ok", pendingMigrations: [] });
    const latest = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .at(-1);
    // As if the server had been deployed before its migration ran.
    await db().$executeRaw`UPDATE "_prisma_migrations" SET migration_name = migration_name || '-hidden' WHERE migration_name = ${latest}`;
    try {
      expect(await readiness()).toEqual({ ready: false, database: "ok", pendingMigrations: [latest] });
    } finally {
      await db().$executeRaw`UPDATE "_prisma_migrations" SET migration_name = ${latest} WHERE migration_name = ${`${latest}-hidden`}`;
    }
  });
});
