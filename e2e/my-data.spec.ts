// A person's own data, without JavaScript: the privacy notice, "download my data" (a JSON file of
// what is stored, without secrets) and "delete my account" (confirmed by typing the address; the
// person, their follows and sessions go, audit rows keep a pseudonym). And the site basics:
// sitemap.xml with every language and hreflang alternates, robots.txt pointing at it.
import { axeViolations } from "./support/axe";
import { expect, sql, test } from "./fixtures";

test.describe("without JavaScript", () => {
  test("the privacy notice says what is stored, and links to the data page", async ({ page }) => {
    await page.goto("/sv/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dataskyddsbeskrivning");
    await page.goto("/");
    await page.locator("footer").getByRole("link", { name: "Privacy" }).click();
    await expect(page.getByRole("heading", { name: "For how long" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Your data: download or delete" })).toHaveAttribute("href", "/me/data");
  });

  test("download my data, then delete my account once confirmed", async ({ signIn }) => {
    const { page, user } = await signIn("USER", { javaScriptEnabled: false });
    const [initiative] = await sql<{ id: string }>(`SELECT id FROM "Initiative" WHERE slug = 'ottawa-withdrawal-2024'`);
    await sql(`INSERT INTO "Follow" (id, "userId", target, "initiativeId", "eventKinds") VALUES ($1, $2, 'INITIATIVE', $3, '{}')`, [
      `f-${user.userId}`,
      user.userId,
      initiative?.id,
    ]);
    await page.goto("/me");
    await page.getByRole("link", { name: "Your data" }).click();
    await expect(page).toHaveURL(/\/me\/data$/);

    const download = await page.request.get("/api/me/data");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    expect(download.headers()["cache-control"]).toBe("private, no-store");
    const data = (await download.json()) as { account: { email: string }; follows: { id: string }[] };
    expect(data.account.email).toBe(user.email);
    expect(data.follows.map((f) => f.id)).toEqual(["ottawa-withdrawal-2024"]);
    expect(JSON.stringify(data)).not.toContain("sessionToken");

    const confirm = page.getByLabel(/To confirm, type your email address/);
    await confirm.fill("not-me@example.org");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/me\/data\?error=confirmEmail$/);
    await expect(page.getByTestId("confirm-error")).toHaveText("Type this account's email address exactly, to confirm");
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    expect(await sql(`SELECT 1 FROM "User" WHERE id = $1`, [user.userId])).toHaveLength(1);

    await confirm.fill(user.email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/privacy\?deleted=1$/);
    await expect(page.getByTestId("account-deleted")).toBeVisible();
    expect(await sql(`SELECT 1 FROM "User" WHERE id = $1`, [user.userId])).toHaveLength(0);
    expect(await sql(`SELECT 1 FROM "Follow" WHERE "userId" = $1`, [user.userId])).toHaveLength(0);
    expect(await sql(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [user.userId])).toHaveLength(0);
    expect(await sql(`SELECT "actorLabel" FROM "AuditEvent" WHERE "entityId" = $1`, [user.userId])).toEqual([
      { actorLabel: `deleted-person:${user.userId}` },
    ]);
    // Signed out: the account pages ask to sign in again, the data is gone.
    expect((await page.request.get("/api/me/data")).status()).toBe(401);
    await page.goto("/me/data");
    await expect(page).toHaveURL(/\/auth\/signin/);
  });
});

test("the privacy and data pages have no axe violations", async ({ signIn }) => {
  const { page } = await signIn("USER");
  for (const path of ["/privacy", "/fi/privacy?deleted=1", "/me/data", "/sv/me/data?error=confirmEmail"]) {
    await page.goto(path);
    expect((await axeViolations(page)).map((v) => `${path} ${v}`)).toEqual([]);
  }
});

test("sitemap.xml parses and lists every status page in three languages with hreflang alternates; robots.txt points to it", async ({
  page,
  request,
  baseURL,
}) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  // Parsed by the browser's own XML parser: a malformed document gives a <parsererror>.
  await page.goto("/privacy");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      urls: [...doc.getElementsByTagNameNS(ns, "url")].map((url) => ({
        loc: url.getElementsByTagNameNS(ns, "loc")[0]?.textContent ?? "",
        alternates: [...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map(
          (l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`,
        ),
      })),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9 urlset");
  const locs = parsed.urls.map((u) => u.loc);
  const slugs = await sql<{ slug: string }>(`SELECT slug FROM "Initiative" WHERE "withdrawnAt" IS NULL`);
  expect(slugs.length).toBeGreaterThan(5);
  for (const { slug } of slugs) for (const prefix of ["", "/fi", "/sv"]) expect(locs).toContain(`${baseURL}${prefix}/initiatives/${slug}`);
  expect(locs).toContain(`${baseURL}/initiatives/revoke-article-50-and-remain-in-the-eu-241584/map`);
  expect(locs).toContain(`${baseURL}/sv/privacy`);
  expect(locs.some((l) => /\/(admin|me|auth)(\/|$)/.test(l))).toBe(false);
  expect(parsed.urls.find((u) => u.loc === `${baseURL}/sv/initiatives/ottawa-withdrawal-2024`)?.alternates).toEqual([
    `en ${baseURL}/initiatives/ottawa-withdrawal-2024`,
    `fi ${baseURL}/fi/initiatives/ottawa-withdrawal-2024`,
    `sv ${baseURL}/sv/initiatives/ottawa-withdrawal-2024`,
    `x-default ${baseURL}/initiatives/ottawa-withdrawal-2024`,
  ]);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  for (const path of ["/admin", "/me", "/api/auth", "/fi/admin", "/sv/me"]) expect(text).toContain(`Disallow: ${path}\n`);
});
