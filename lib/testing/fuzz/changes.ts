// Which rows a request changed: a row trigger on every table of the (throwaway) database notes each
// insert, delete and real update (one that changes a value) in an unlogged table, with the writer's
// application_name, in the writer's own transaction, so a rolled-back write leaves no note. Reading
// the notes of this process's connections after each request says whether a refused one changed
// anything, and where. Test-only: install it on a test database.
import pg from "pg";

/** Tables a refused request may legitimately write: the sign-in limiter counts refused attempts too. */
const EXEMPT = new Set(["rate_limit", "_prisma_migrations", "fuzz_change"]);

export type ChangeLog = {
  /**
   * Changes committed since the previous call, as "table op × n" (empty: none). Asks the database
   * only when this process sent it a query meanwhile (nothing else can change a row of it).
   */
  since: () => Promise<string[]>;
  close: () => Promise<void>;
};

/** Queries sent by this process's other clients (Prisma's pool, the limiter's), counted at the driver. */
let queriesSent = 0;
function countQueries(own: pg.Client): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; fuzzCounted?: boolean };
  if (proto.fuzzCounted) return;
  const query = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    if (this !== own) queriesSent++;
    return query.apply(this, args);
  };
  proto.fuzzCounted = true;
}

export async function installChangeLog(databaseUrl: string): Promise<ChangeLog> {
  const client = new pg.Client({ connectionString: databaseUrl });
  countQueries(client);
  await client.connect();
  await client.query(`
    SELECT pg_advisory_lock(74121);
    CREATE UNLOGGED TABLE IF NOT EXISTS fuzz_change (id bigserial PRIMARY KEY, app text NOT NULL, tbl text NOT NULL, op text NOT NULL);
    CREATE OR REPLACE FUNCTION fuzz_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_change (app, tbl, op) VALUES (current_setting('application_name'), TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$;`);
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  for (const { schema, name } of rows.filter((r) => !EXEMPT.has(r.name))) {
    const table = `"${schema}"."${name}"`;
    await client.query(`
      CREATE OR REPLACE TRIGGER fuzz_note_write AFTER INSERT OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION fuzz_note_change();
      CREATE OR REPLACE TRIGGER fuzz_note_update AFTER UPDATE ON ${table} FOR EACH ROW
        WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION fuzz_note_change();`);
  }
  await client.query(`SELECT pg_advisory_unlock(74121)`);
  const app = new URL(databaseUrl).searchParams.get("application_name") ?? "";
  let last = Number((await client.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM fuzz_change`)).rows[0]?.id ?? 0);
  let seen = queriesSent;
  return {
    since: async () => {
      if (queriesSent === seen) return [];
      seen = queriesSent;
      const { rows: notes } = await client.query<{ tbl: string; op: string; n: string; top: string }>(
        `SELECT tbl, op, count(*)::text AS n, max(id)::text AS top FROM fuzz_change WHERE id > $1 AND app = $2 GROUP BY tbl, op ORDER BY tbl, op`,
        [last, app],
      );
      for (const r of notes) last = Math.max(last, Number(r.top));
      return notes.map((r) => `${r.tbl} ${r.op} × ${r.n}`);
    },
    close: () => client.end(),
  };
}
