// End-to-end tests against a production build (`next build` + `npm start`) in Debian's Chromium.
// Run through `npm run test:e2e` (e2e/run.ts), which prepares a fresh seeded database first.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: { baseURL: BASE_URL, trace: "retain-on-failure", locale: "en-GB", timezoneId: "Europe/Helsinki" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // What `npm start` runs (lib/server/start.js), as the README documents.
      command: `node lib/server/start.js --port ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      // The test runner itself runs with --conditions=react-server to call domain code; Next must not.
      env: { ...(process.env as Record<string, string>), NODE_OPTIONS: "" },
    },
  ],
});
