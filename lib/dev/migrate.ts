// Runs the offline migration tool (prisma/migrate-tool) against a database URL.
import { spawn } from "node:child_process";
import path from "node:path";

export async function runMigrateTool(
  databaseUrl: string,
  args: string[] = ["migrate", "deploy"],
  opts: { quiet?: boolean } = {},
): Promise<void> {
  const root = path.resolve(import.meta.dirname, "../..");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(root, "prisma/migrate-tool/migrate.sh"), args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Migration failed (exit ${code}):\n${output}`))));
  });
}
