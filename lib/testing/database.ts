// A throwaway database per test run: a new database on the PostgreSQL server when one answers
// (TEST_ADMIN_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres), migrated with
// the real migration tool and dropped afterwards; otherwise an in-memory embedded PostgreSQL.
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";
import { runMigrateTool } from "@/lib/dev/migrate";

export type TestDatabase = { url: string; embedded: boolean; busUrl?: string; drop: () => Promise<void> };

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** True when a PostgreSQL server answers a query at this URL within two seconds. */
export async function serverAnswers(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createTestDatabase(prefix: string, adminUrl = DEFAULT_ADMIN_URL): Promise<TestDatabase> {
  if (await serverAnswers(adminUrl)) {
    const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await runMigrateTool(url.toString(), ["migrate", "deploy"], { quiet: true });
    return {
      url: url.toString(),
      embedded: false,
      drop: async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  console.warn(`No PostgreSQL server answers at ${adminUrl.replace(/:[^:@/]+@/, ":***@")}; using the embedded database.`);
  const embedded = await startEmbeddedPostgres();
  await runMigrateTool(embedded.url, ["migrate", "deploy"], { quiet: true });
  return { url: embedded.url, embedded: true, busUrl: embedded.busUrl, drop: embedded.stop };
}
