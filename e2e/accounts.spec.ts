// Signing in by magic link (single use, time-limited, rate-limited) and following, with and
// without JavaScript.
import { db } from "@/lib/db";
import { makeInitiative } from "@/lib/testing/factories";
import { magicLink, requestLink, signIn, uniqueEmail } from "./support/accounts";
import { expect, test } from "./fixtures";

test("signs in with the link from the email, once: the same link is refused afterwards", async ({ page, smtp }) => {
  const email = uniqueEmail();
  const link = await requestLink(page, smtp, email);
  const message = smtp.to(email)[0];
  expect(message?.subject).toBe("Sign in to Threshold");
  expect(message?.html).toContain("Sign in");
  await page.goto(link);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(link);
  await expect(page.getByTestId("auth-error")).toHaveText(
    "This sign-in link has expired or has already been used. Links work once, for a few minutes.",
  );
  await page.goto("/me");
  await expect(page).toHaveURL(/\/auth\/signin\?callbackUrl=%2Fme/);
});

test("an expired sign-in link is refused with a clear page", async ({ page, smtp }) => {
  const email = uniqueEmail();
  const link = await requestLink(page, smtp, email);
  await db().verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 60_000) } });
  await page.goto(link);
  await expect(page.getByTestId("auth-error")).toContainText("expired or has already been used");
});

test("sign-in requests answer 429 after the configured number per address", async ({ request, baseURL }) => {
  const email = uniqueEmail("limited");
  const post = () =>
    request.post("/auth/signin/email", { form: { email, callbackUrl: "/me" }, headers: { origin: baseURL as string }, maxRedirects: 0 });
  for (let i = 0; i < 5; i++) expect((await post()).status()).toBe(303);
  const refused = await post();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toContain("Too many sign-in attempts");
});

test("a sign-in request from another site is refused", async ({ request }) => {
  const response = await request.post("/auth/signin/email", {
    form: { email: uniqueEmail() },
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an anonymous visitor is asked to sign in, then follows with a plain form", async ({ page, smtp }) => {
    const { slug } = await makeInitiative({ title: { en: "No-JS follow test" } });
    await page.goto(`/initiatives/${slug}`);
    await page.getByRole("button", { name: "Follow this initiative" }).click();
    await expect(page).toHaveURL(new RegExp(`/auth/signin\\?callbackUrl=%2Finitiatives%2F${slug}`));
    const email = uniqueEmail("nojs");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect.poll(() => smtp.to(email).length).toBe(1);
    await page.goto(magicLink((smtp.to(email)[0] as { text: string }).text));
    await expect(page).toHaveURL(new RegExp(`/initiatives/${slug}$`));
    await page.getByRole("button", { name: "Follow this initiative" }).click();
    await expect(page.getByRole("status")).toHaveText("You now follow this. We will tell you when something happens.");
    await expect(page.getByTestId("followed")).toContainText("No-JS follow test");
    await page.getByRole("button", { name: "Unfollow: No-JS follow test" }).click();
    await expect(page.getByText("You do not follow anything yet.", { exact: false })).toBeVisible();
  });
});

test("with JavaScript the follow button toggles at once and remembers", async ({ page, smtp }) => {
  const { slug } = await makeInitiative({ title: { en: "JS follow test" } });
  await signIn(page, smtp, uniqueEmail("js"));
  // Wait for the island to know who is signed in (before that, the plain form is shown).
  await Promise.all([page.waitForResponse(/\/api\/me\/follows/), page.goto(`/initiatives/${slug}`)]);
  await page.getByRole("button", { name: "Follow this initiative" }).click();
  await expect(page.getByRole("status")).toHaveText("Following");
  await page.reload();
  await expect(page.getByRole("button", { name: "Unfollow" })).toBeVisible();
  await page.goto("/me");
  await expect(page.getByTestId("followed")).toContainText("JS follow test");
});

test("a session ends after its absolute limit however recently it was used", async ({ page, baseURL }) => {
  const user = await db().user.create({ data: { email: uniqueEmail("old-session"), emailVerified: new Date() } });
  const fresh = await db().session.create({
    data: { sessionToken: `fresh-${user.id}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
  });
  const old = await db().session.create({
    data: {
      sessionToken: `old-${user.id}`,
      userId: user.id,
      expires: new Date(Date.now() + 86_400_000),
      createdAt: new Date(Date.now() - 91 * 86_400_000),
    },
  });
  const cookie = (value: string) => ({
    name: "authjs.session-token",
    value,
    url: baseURL as string,
    httpOnly: true,
    sameSite: "Lax" as const,
  });
  await page.context().addCookies([cookie(fresh.sessionToken)]);
  await page.goto("/me");
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  await page.context().clearCookies();
  await page.context().addCookies([cookie(old.sessionToken)]);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/auth\/signin/);
  expect(await db().session.findUnique({ where: { sessionToken: old.sessionToken } })).toBeNull();
});
