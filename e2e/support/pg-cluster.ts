// A PostgreSQL cluster of the test's own (initdb + pg_ctl in a temporary directory), for tests that
// stop, start and restart the database under a running server. The shared server (5432) is never
// touched beyond reading the suite's database (copied in with pg_dump). The port is the caller's
// (E2E_PG_PORT in the suite, so parallel runs do not collide).
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { serverAnswers } from "@/lib/testing/database";

const run = promisify(execFile);
/** PostgreSQL's server programs: PG_BIN_DIR, else the newest /usr/lib/postgresql/<version>/bin (Debian). */
function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL's server programs (initdb, pg_ctl) were not found: install postgresql or set PG_BIN_DIR");
  return path.join(root, newest, "bin");
}
const BIN = binDir();

/**
 * PostgreSQL refuses to run as root (CI runs as root): then the cluster belongs to the system's
 * "postgres" user and its programs run as that user.
 */
async function serverUser(): Promise<{ uid: number; gid: number; prefix: string[] } | null> {
  if (process.getuid?.() !== 0) return null;
  const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
  return { uid: await id("-u"), gid: await id("-g"), prefix: ["runuser", "-u", "postgres", "--"] };
}

export type PgCluster = {
  port: number;
  /** A URL for a database of this cluster. */
  url: (database: string) => string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  restart: () => Promise<void>;
  /** Stops the cluster and removes its directory. */
  destroy: () => Promise<void>;
};

export async function startPgCluster(port: number): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), "threshold-pg-"));
  const data = path.join(dir, "data");
  const user = await serverUser();
  if (user) await chown(dir, user.uid, user.gid);
  const server = (program: string, args: string[]) => {
    const [command, ...rest] = [...(user?.prefix ?? []), path.join(BIN, program), ...args];
    return run(command ?? program, rest);
  };
  await server("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]).catch(
    async (e: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw e;
    },
  );
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=32MB`;
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const pgCtl = (args: string[]) => server("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), ...args]);
  const cluster: PgCluster = {
    port,
    url,
    // Fast shutdown: every connection is told the server is going away, as in a real restart.
    stop: async () => void (await pgCtl(["stop", "-m", "fast", "-w"])),
    start: async () => {
      await pgCtl(["start", "-w", "-o", options]);
      for (let i = 0; !(await serverAnswers(url("postgres"))); i++) {
        if (i > 100) throw new Error(`PostgreSQL on ${port} did not start`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    restart: async () => {
      await cluster.stop();
      await cluster.start();
    },
    destroy: async () => {
      await pgCtl(["stop", "-m", "immediate", "-w"]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** Copies a database (schema and rows) into a new database of the cluster: pg_dump | psql. */
export async function copyDatabase(fromUrl: string, cluster: PgCluster, name: string): Promise<string> {
  await run(path.join(BIN, "psql"), [cluster.url("postgres"), "-qc", `CREATE DATABASE "${name}"`]);
  await new Promise<void>((resolve, reject) => {
    const dump = spawn(path.join(BIN, "pg_dump"), ["--no-owner", "--no-privileges", fromUrl], { stdio: ["ignore", "pipe", "inherit"] });
    const restore = spawn(path.join(BIN, "psql"), ["-q", "-v", "ON_ERROR_STOP=1", cluster.url(name)], {
      stdio: ["pipe", "ignore", "inherit"],
    });
    dump.stdout.pipe(restore.stdin);
    dump.on("error", reject);
    restore.on("error", reject);
    restore.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))));
  });
  return cluster.url(name);
}
