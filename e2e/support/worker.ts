// The background worker as a real process the test starts, stops and kills. It is one process
// (node with tsx's loader), not tsx's CLI, which runs the script in a child: a SIGKILL to the CLI
// would leave that child running, a second worker with this test's environment, into later tests.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { test as base } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");

export class WorkerProcess {
  private child: ChildProcess | undefined;
  output = "";

  start(): void {
    this.child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/worker.ts"], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (d: Buffer) => (this.output += d.toString()));
    this.child.stderr?.on("data", (d: Buffer) => (this.output += d.toString()));
  }

  /** SIGKILL: no chance to finish anything, like a crash or an OOM kill. */
  async kill(): Promise<void> {
    await this.signal("SIGKILL");
  }

  async stop(): Promise<void> {
    await this.signal("SIGTERM");
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  }
}

/**
 * A worker per test (the test starts it; it may kill and start it again), stopped after the test;
 * its output is attached when the test fails. Merged into the one `test` of e2e/fixtures.ts.
 */
export const workerTest = base.extend<{ worker: WorkerProcess }>({
  worker: async ({}, provide, testInfo) => {
    const worker = new WorkerProcess();
    await provide(worker);
    await worker.stop();
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach("worker output", { body: worker.output, contentType: "text/plain" });
  },
});
