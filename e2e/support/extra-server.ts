// A second production server for tests that need a different configuration than the suite's
// (real, low limits; a trusted proxy in front; an OpenID provider): the same build and database,
// started the way `npm start` starts it, on a port of its own (E2E_EXTRA_PORT_BASE + n, 3940 up by
// default, so parallel runs on other port ranges do not collide). Stopped by the test file.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const extraPort = (n: number) => Number(process.env.E2E_EXTRA_PORT_BASE ?? 3940) + n;

export type AppServer = { url: string; port: number; stop: () => Promise<void>; output: () => string };

export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const url = `http://localhost:${port}`;
  const root = path.resolve(import.meta.dirname, "../..");
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "lib/server/start.js"), "--port", String(port)], {
    cwd: root,
    // AUTH_URL too: the test process's own env() has set it to the suite's server.
    env: { ...process.env, NODE_OPTIONS: "", APP_URL: url, AUTH_URL: url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited:\n${output}`);
    const ok = await fetch(`${url}/api/v1/topics`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error(`server on ${port} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
