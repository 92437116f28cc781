// The write API end to end: a token created in /admin/tokens (shown once, scoped, last use
// recorded, revocable) records counts and stage events that the public page shows within a
// second; a browser session may write only from the same origin (CSRF protection).
import type { Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { auditRows, createInitiative, expect, sql, test, SESSION_COOKIE } from "./fixtures";
import { expectConforms } from "./support/openapi";

const COUNTS = "/api/v1/initiatives/{slug}/counts";
const EVENTS = "/api/v1/initiatives/{slug}/events";

async function createToken(page: Page, name: string, scopes: string[]) {
  await page.goto("/admin/tokens");
  const form = page.getByTestId("token-form");
  await form.getByLabel("Name", { exact: true }).fill(name);
  for (const scope of ["counts:write", "events:write"]) {
    const box = form.getByRole("checkbox", { name: new RegExp(scope) });
    if (scopes.includes(scope)) await box.check();
    else await box.uncheck();
  }
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  expect(secret).toMatch(/^thr_[A-Za-z0-9_-]{43}$/);
  return secret;
}

test("a token created in the console records counts and events that the public page shows within a second", async ({ signIn, request }) => {
  const { page, user } = await signIn("ADMIN");
  const slug = await createInitiative(page);
  const secret = await createToken(page, "Newsroom importer", ["counts:write", "events:write"]);
  // Shown once: a new visit shows the token's name and prefix, never the secret.
  await page.goto("/admin/tokens");
  await expect(page.getByTestId("tokens")).toContainText("Newsroom importer");
  expect(await page.content()).not.toContain(secret);
  const [stored] = await sql<{ tokenHash: string }>(`SELECT "tokenHash" FROM "ApiToken" WHERE "userId" = $1`, [user.userId]);
  expect(stored?.tokenHash).not.toContain(secret.slice(4));

  expect(await (await request.get(`/initiatives/${slug}`)).text()).toContain("No count recorded yet");
  const auth = { Authorization: `Bearer ${secret}` };
  const counts = await request.post(`/api/v1/initiatives/${slug}/counts`, {
    headers: auth,
    data: { value: 4321, observedAt: "2015-01-06T10:00:00Z" },
  });
  expect(counts.status()).toBe(201);
  expect(counts.headers()["cache-control"]).toBe("private, no-store");
  const created = (await counts.json()) as unknown;
  expect(created).toMatchObject({ initiative: slug, created: 1, latestTotal: 4321 });
  await expectConforms(request, "POST", COUNTS, 201, created);
  await expect.poll(async () => (await request.get(`/initiatives/${slug}`)).text(), { timeout: 1000, intervals: [50] }).toContain("4,321");
  // The open-data API (what the live counter polls) shows it too.
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/initiatives/${slug}/count`)).json()) as { value: number | null }).value, {
      timeout: 1000,
      intervals: [50],
    })
    .toBe(4321);

  const event = await request.post(`/api/v1/initiatives/${slug}/events`, {
    headers: auth,
    data: { stage: "collection-ended", occurredAt: "2015-02-01T00:00:00Z", expectedVersion: 1 },
  });
  expect(event.status()).toBe(201);
  await expectConforms(request, "POST", EVENTS, 201, await event.json());
  await expect
    .poll(async () => (await request.get(`/initiatives/${slug}`)).text(), { timeout: 1000, intervals: [50] })
    .toContain("Collection ended");

  // Bad input: a 422 naming the field, nothing stored.
  const bad = await request.post(`/api/v1/initiatives/${slug}/counts`, {
    headers: auth,
    data: { value: 1e10, observedAt: "2015-01-07T10:00:00Z" },
  });
  expect(bad.status()).toBe(422);
  const refused = (await bad.json()) as unknown;
  expect(refused).toMatchObject({ error: { code: "INVALID_INPUT", issues: [{ path: "value" }] } });
  await expectConforms(request, "POST", COUNTS, 422, refused);

  const via = (await auditRows({ initiativeSlug: slug })).filter((a) => a.via === "api").map((a) => a.action);
  expect(via).toEqual(["observation.create", "stage_event.create"]);

  // Last use is shown; revoking stops the token at once.
  await page.goto("/admin/tokens");
  const row = page.getByTestId("tokens").getByRole("row").filter({ hasText: "Newsroom importer" });
  await expect(row.getByTestId("last-used")).not.toHaveText("Never");
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  const revoked = await request.post(`/api/v1/initiatives/${slug}/counts`, {
    headers: auth,
    data: { value: 5000, observedAt: "2015-01-08T10:00:00Z" },
  });
  expect(revoked.status()).toBe(401);
  await expectConforms(request, "POST", COUNTS, 401, await revoked.json());
});

test("a token can only do what its scopes allow", async ({ signIn, request }) => {
  const { page } = await signIn("ADMIN");
  const slug = await createInitiative(page);
  const secret = await createToken(page, "Stage bot", ["events:write"]);
  const counts = await request.post(`/api/v1/initiatives/${slug}/counts`, {
    headers: { Authorization: `Bearer ${secret}` },
    data: { value: 1, observedAt: "2015-01-06T10:00:00Z" },
  });
  expect(counts.status()).toBe(403);
  const forbidden = (await counts.json()) as unknown;
  expect(forbidden).toMatchObject({ error: { code: "FORBIDDEN" } });
  await expectConforms(request, "POST", COUNTS, 403, forbidden);
});

test("a browser session can write through the API from the same origin only", async ({ signIn, playwright }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const editor = await signIn("EDITOR");
  const body = { value: 250, observedAt: "2015-01-06T10:00:00Z" };
  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${editor.token}` } });
  // The one same-origin rule (lib/http/same-origin.ts): another Origin, or cookies without an
  // Origin or Sec-Fetch-Site: same-origin, is refused.
  const crossSite = await api.post(`/api/v1/initiatives/${slug}/counts`, { headers: { Origin: "https://evil.example" }, data: body });
  expect(crossSite.status()).toBe(403);
  const noOrigin = await api.post(`/api/v1/initiatives/${slug}/counts`, { data: body });
  expect(noOrigin.status()).toBe(403);
  const sameSite = await api.post(`/api/v1/initiatives/${slug}/counts`, { headers: { "Sec-Fetch-Site": "same-site" }, data: body });
  expect(sameSite.status()).toBe(403);
  const sameOrigin = await api.post(`/api/v1/initiatives/${slug}/counts`, { headers: { Origin: BASE_URL }, data: body });
  expect(sameOrigin.status()).toBe(201);
  const fetchMetadata = await api.post(`/api/v1/initiatives/${slug}/counts`, {
    headers: { "Sec-Fetch-Site": "same-origin" },
    data: { ...body, value: 260 },
  });
  expect(fetchMetadata.status()).toBe(201);
  expect(await auditRows({ actorId: editor.user.userId })).toEqual([
    { action: "observation.create", via: "api", actorLabel: editor.user.email },
    { action: "observation.create", via: "api", actorLabel: editor.user.email },
  ]);
  await api.dispose();
});
