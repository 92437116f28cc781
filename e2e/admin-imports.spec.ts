// The admin imports page: only administrators see it; it shows each source's resources from the
// seed, and "sync now" works for a whole source and for one resource.
import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext } from "@playwright/test";
import pg from "pg";

/** A real database session for a new user with this role (the sign-in flow itself is tested elsewhere). */
async function signInAs(context: BrowserContext, baseURL: string | undefined, role: "USER" | "ADMIN"): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const userId = `e2e${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    const token = randomUUID();
    await client.query(`INSERT INTO "User" (id, email, role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      userId,
      `${userId}@example.org`,
      role,
    ]);
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
      `s${userId}`,
      token,
      userId,
    ]);
    await context.addCookies([{ name: "authjs.session-token", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
    return userId;
  } finally {
    await client.end();
  }
}

/** When the resource was last synced, in ms since the epoch (the column holds UTC wall time). */
async function lastSyncOf(resourceUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ ms: number | null }>(
      `SELECT (EXTRACT(EPOCH FROM "lastSyncAt" AT TIME ZONE 'UTC') * 1000)::float8 AS ms FROM "ImportState" WHERE "resourceUrl" = $1`,
      [resourceUrl],
    );
    return rows[0]?.ms ?? null;
  } finally {
    await client.end();
  }
}

test("the imports page asks visitors to sign in and refuses people who are not admins", async ({ page, context, baseURL }) => {
  expect((await page.goto("/admin/imports"))?.status()).toBe(401);
  await expect(page.getByTestId("access-unauthorized")).toBeVisible();
  await signInAs(context, baseURL, "USER");
  expect((await page.goto("/admin/imports"))?.status()).toBe(403);
  await expect(page.getByTestId("access-forbidden")).toBeVisible();
  await expect(page.getByTestId("import-row")).toHaveCount(0);
});

test("an admin sees every source with its last sync, and syncs a source and a resource now", async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  await signInAs(context, baseURL, "ADMIN");
  await page.goto("/admin/imports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports");
  const uk = page.getByRole("region", { name: "UK Parliament petitions" });
  await expect(uk).toContainText("Last sync");
  await expect(uk.getByTestId("import-row")).toHaveCount(10);
  await uk.getByRole("link", { name: "All 12 resources of this source" }).click();
  await expect(page.getByTestId("import-row")).toHaveCount(12);
  await expect(page.getByRole("link", { name: "Revoke Article 50 and remain in the EU." })).toBeVisible();

  await page.goto("/admin/imports");

  const eci = page.getByRole("region", { name: "European Citizens' Initiative register" });
  await eci.getByRole("button", { name: /Sync all now/ }).click();
  await expect(page.getByTestId("sync-notice")).toHaveText("1 resource will be synced within a minute.");

  const resource = "https://register.eci.ec.europa.eu/core/api/register/details/2025/000006";
  const before = Date.now();
  await eci.getByRole("button", { name: "Sync register.eci.ec.europa.eu/core/api/register/details/2025/000006 now" }).click();
  // Offline the register cannot be reached and online it answers: either way the sync ran and says so.
  await expect(page.getByTestId("sync-notice")).toContainText("register.eci.ec.europa.eu/core/api/register/details/2025/000006", {
    timeout: 25_000,
  });
  expect(await lastSyncOf(resource)).toBeGreaterThanOrEqual(before - 1000);

  await page.goto("/fi/admin/imports/eci");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eurooppalaisten kansalaisaloitteiden rekisteri");
  await expect(page.getByTestId("import-row")).toHaveCount(1);
});
