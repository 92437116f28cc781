// The operator commands, run as an operator runs them (npm run admin:grant / admin:token).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TOKEN_PREFIX_LENGTH } from "@/lib/tokens/create-token";
import { hashApiToken } from "@/lib/tokens/hash";
import { unique } from "@/lib/testing/factories";

const root = path.resolve(import.meta.dirname, "../..");

function npmRun(script: string, ...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Whole folders and child processes: minutes on a machine shared with builds, so a generous limit.
describe("operator CLI (real PostgreSQL)", { timeout: 120_000 }, () => {
  it("admin:grant makes a new address an admin, audited; admin:token prints a working token alone on the last line", async () => {
    const email = `${unique("ops")}@example.org`;
    const granted = npmRun("admin:grant", email);
    expect(granted.code, granted.stderr).toBe(0);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("ADMIN");
    expect(await db().auditEvent.findMany({ where: { entityId: user.id } })).toMatchObject([{ action: "user.grant_admin", via: "cli" }]);

    const minted = npmRun("admin:token", email, "--scope", "counts:write");
    expect(minted.code, minted.stderr).toBe(0);
    const lines = minted.stdout.trimEnd().split("\n");
    const secret = lines[lines.length - 1] as string;
    expect(secret).toMatch(/^thr_[A-Za-z0-9_-]{43}$/);
    const token = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(secret) } });
    expect(token).toMatchObject({ userId: user.id, scopes: ["counts:write"] });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: token.id } });
    expect(audit).toMatchObject({ action: "api_token.create", via: "cli" });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(secret.slice(TOKEN_PREFIX_LENGTH));
  });

  it("admin:token refuses people who are not admins, and bad scopes", async () => {
    const nobody = npmRun("admin:token", `${unique("nobody")}@example.org`);
    expect(nobody.code).toBe(1);
    expect(nobody.stdout).not.toMatch(/thr_/);
    const admin = `${unique("ops")}@example.org`;
    expect(npmRun("admin:grant", admin).code).toBe(0);
    const badScope = npmRun("admin:token", admin, "--scope", "everything:write");
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain("scopes.0");
    expect(await db().apiToken.count({ where: { user: { email: admin } } })).toBe(0);
    expect(npmRun("admin:token").code).toBe(2);
  });
});
