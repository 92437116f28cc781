// A driver adapter that lets the Prisma 6.19 CLI (WASM schema engine) migrate PostgreSQL without
// downloading a native engine. It works around four upstream problems, each found by running it:
//  1. adapter-pg cannot deserialize catalog types (`name`, `"char"`, ...): relabel them as text;
//  2. executeScript splits scripts on ";" (breaks $$ bodies): send each script whole;
//  3. connectToShadowDb ignores `database` when a connection string is used and drops the shadow
//     database while its pool is still open: our own shadow database handling;
//  4. open pools keep the CLI alive for a minute: allowExitOnIdle.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// OIDs of catalog types the adapter cannot map: char, name, regproc, xid, bpchar-like, regconfig.
const AS_TEXT = new Set([18, 19, 24, 28, 194, 2205]);
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] };
function relabel<T>(result: T): T {
  for (const r of Array.isArray(result) ? (result as Result[]) : [result as Result]) {
    for (const f of r?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads (callback and promise forms); we only post-process results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : relabel(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const maybe = (super.query as (...a: unknown[]) => unknown)(...args);
    return maybe instanceof Promise ? maybe.then(relabel) : maybe;
  }
}

function configFrom(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    Client: CatalogSafeClient,
    allowExitOnIdle: true,
    max: 4,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export function migrationAdapter(databaseUrl: string) {
  const config = configFrom(databaseUrl);
  const connectTo = async (cfg: pg.PoolConfig, onDispose?: () => Promise<void>) => {
    const pool = new pg.Pool(cfg);
    const factory = new PrismaPg(pool, { disposeExternalPool: true });
    const adapter = wholeScripts(await factory.connect(), pool);
    if (onDispose) {
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await onDispose();
      };
    }
    return adapter;
  };

  const factory = new PrismaPg(config);
  factory.connect = () => connectTo(config);
  factory.connectToShadowDb = async () => {
    const shadowUrl = process.env.SHADOW_DATABASE_URL;
    if (shadowUrl) {
      // Servers that cannot CREATE DATABASE (the embedded PGlite) get a dedicated, wiped instance.
      const cfg = configFrom(shadowUrl);
      const admin = new pg.Pool(cfg);
      await admin.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      await admin.end();
      return connectTo(cfg);
    }
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Pool(config);
    await admin.query(`CREATE DATABASE "${name}"`);
    return connectTo({ ...config, database: name }, async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
  };
  return factory;
}
