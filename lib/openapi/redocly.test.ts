// The published OpenAPI document passes `@redocly/cli lint` with the recommended rules
// (redocly.yaml): 0 errors, 0 warnings. The CLI itself, as a person would run it, offline.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";

const root = path.resolve(import.meta.dirname, "../..");

describe("the OpenAPI document under @redocly/cli lint", () => {
  it("has no errors and no warnings with the recommended rules", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "threshold-openapi-"));
    try {
      const file = path.join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(openApiDocument("https://threshold.example")));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          path.join(root, "node_modules/@redocly/cli/bin/cli.js"),
          "lint",
          file,
          "--config",
          path.join(root, "redocly.yaml"),
          "--format",
          "json",
        ],
        { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NODE_OPTIONS: "" } },
      );
      const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: unknown[] };
      expect(report.problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
