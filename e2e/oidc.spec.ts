// Signing in with an organisation's OpenID Connect provider, end to end against a real provider
// (oidc-provider) and a production server configured for it: a new person, a person whose account
// already exists by email (linked only when the provider says the address is verified), and a
// tampered state or nonce, each of which must fail.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uniqueEmail } from "./support/accounts";
import { extraPort, startAppServer, type AppServer } from "./support/extra-server";
import { expect, test } from "./fixtures";
import { OIDC_CLIENT, oidcPort, startOidcProvider } from "./support/oidc-provider";

let app: AppServer;
let provider: { issuer: string; stop: () => Promise<void> };

test.beforeAll(async () => {
  const port = extraPort(4);
  provider = await startOidcProvider(`http://localhost:${port}/api/auth/callback/oidc`);
  app = await startAppServer(port, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_NAME: "Test Organisation",
  });
});

test.afterAll(async () => {
  await app?.stop();
  await provider?.stop();
});

/** From our sign-in page through the provider's login and consent, as a person would. */
async function signInWithProvider(page: Page, login: string): Promise<void> {
  await page.goto(`${app.url}/auth/signin`);
  await page.getByRole("button", { name: "Sign in with Test Organisation" }).click();
  await expect(page).toHaveURL(new RegExp(`^http://localhost:${oidcPort}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Changes one parameter of the authorization request on its way to the provider. */
async function tamper(page: Page, name: "state" | "nonce", value: string): Promise<void> {
  await page.route(`${provider.issuer}/auth?**`, async (route) => {
    const url = new URL(route.request().url());
    expect(url.searchParams.get(name)).toBeTruthy();
    url.searchParams.set(name, value);
    await route.continue({ url: url.toString() });
  });
}

const sessionsOf = async (email: string) => db().session.count({ where: { user: { email } } });

test("a new person signs in with the provider and gets an account", async ({ page }) => {
  const email = uniqueEmail("oidc-new");
  await signInWithProvider(page, email);
  await expect(page).toHaveURL(`${app.url}/me`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const user = await db().user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
  expect(user.accounts.map((a) => a.provider)).toEqual(["oidc"]);
});

test("an account that exists by email is linked when the provider verified the address", async ({ page }) => {
  const email = uniqueEmail("oidc-existing");
  const existing = await db().user.create({ data: { email, emailVerified: new Date() } });
  await signInWithProvider(page, email);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const accounts = await db().account.findMany({ where: { userId: existing.id } });
  expect(accounts.map((a) => a.provider)).toEqual(["oidc"]);
  expect(await db().user.count({ where: { email } })).toBe(1);
});

test("an unverified address from the provider is refused with a clear page, and nothing is linked", async ({ page }) => {
  const email = uniqueEmail("oidc-unverified");
  const existing = await db().user.create({ data: { email, emailVerified: new Date() } });
  await signInWithProvider(page, `unverified:${email}`);
  await expect(page).toHaveURL(/\/auth\/error\?error=UnverifiedEmail/);
  await expect(page.getByTestId("auth-error")).toContainText("did not confirm that this email address is yours");
  expect(await db().account.count({ where: { userId: existing.id } })).toBe(0);
  expect(await sessionsOf(email)).toBe(0);
});

test("a tampered state (the answer belongs to another request) is refused", async ({ page }) => {
  const email = uniqueEmail("oidc-state");
  // The provider returns the state it was given; we change it on the way out (redirect hops back
  // to us cannot be intercepted, the request to the provider can).
  await tamper(page, "state", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged");
  await signInWithProvider(page, email);
  await expect(page).toHaveURL(/\/auth\/error/);
  await expect(page.getByTestId("auth-error")).toBeVisible();
  expect(await sessionsOf(email)).toBe(0);
});

test("a tampered nonce (the ID token answers another request) is refused", async ({ page }) => {
  const email = uniqueEmail("oidc-nonce");
  await tamper(page, "nonce", "attacker-chosen-nonce");
  await signInWithProvider(page, email);
  await expect(page).toHaveURL(/\/auth\/error/);
  expect(await sessionsOf(email)).toBe(0);
});
