// npm run test:e2e: a fresh database (the PostgreSQL server when one answers, else the embedded
// one), migrated and seeded; a production build; then Playwright, which starts `npm start`'s server (lib/server/start.js) on it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, DEFAULT_ADMIN_URL } from "@/lib/testing/database";

const root = path.resolve(import.meta.dirname, "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(
      `Chromium was not found at ${chromium}. The end-to-end tests use the system's Chromium:\n` +
        "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
        "  elsewhere: install Chromium and set CHROMIUM_PATH to its executable.",
    );
    return 1;
  }
  const database = await createTestDatabase("threshold_e2e", process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    ...(database.busUrl ? { EMBEDDED_BUS_URL: database.busUrl } : {}),
    // As the README starts production: APP_URL and AUTH_SECRET, nothing else (AUTH_URL defaults to
    // APP_URL; no AUTH_TRUST_HOST).
    APP_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
    // The SMTP server the accounts tests start themselves (e2e/support/smtp.ts).
    SMTP_URL: `smtp://localhost:${process.env.E2E_SMTP_PORT ?? 2525}`,
    E2E_SMTP_PORT: process.env.E2E_SMTP_PORT ?? "2525",
    MAIL_FROM: "Threshold <no-reply@threshold.test>",
    // A worker that dies mid-send is replaced within seconds, not a minute, in tests.
    EMAIL_LEASE_SECONDS: "3",
    // Every sign-in in the suite comes from 127.0.0.1; the per-address limit stays at its default.
    SIGNIN_LIMIT_PER_IP: "1000",
  };
  try {
    console.log(`e2e: seeding ${database.embedded ? "the embedded database" : "a fresh PostgreSQL database"}`);
    const seeded = await run(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed.ts"],
      env,
    );
    if (seeded !== 0) return seeded;
    if (!process.env.E2E_SKIP_BUILD) {
      const built = await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env);
      if (built !== 0) return built;
    }
    // The tests call domain functions directly (lib/ is "server-only"); the server gets a clean NODE_OPTIONS.
    return await run(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      ...env,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
    });
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
