// The public side: status pages against every threshold, the ECI's member-state rule, search and
// filters, and every public page without JavaScript and without accessibility violations.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";

const UK_RESPONDED = "/initiatives/give-all-british-citizens-living-abroad-the-right-to-vote-an-200005";
const ECI = "/initiatives/eci-2025-000006";

export const PUBLIC_PAGES = [
  "/",
  "/initiatives",
  "/initiatives?q=ottawa&status=all",
  "/initiatives/ottawa-withdrawal-2024",
  UK_RESPONDED,
  "/initiatives/revoke-article-50-and-remain-in-the-eu-241584",
  ECI,
  "/initiatives/library-opening-hours-demo",
  "/fi/initiatives/ottawa-withdrawal-2024",
  "/sv/initiatives/helsinki-shore-path-benches-demo",
  "/jurisdictions",
  "/jurisdictions/fi",
  "/schemes/eci",
  "/schemes/uk-parliament-petition",
  "/topics",
  "/topics/ottawa-convention-withdrawal",
  "/developers",
];

test("a UK petition's page shows both thresholds: 10,000 reached, 100,000 not", async ({ page }) => {
  await page.goto(UK_RESPONDED);
  const thresholds = page.getByRole("region", { name: "Thresholds" });
  await expect(thresholds).toContainText("10,000 signatures: the Government responds");
  await expect(thresholds).toContainText("10,314 of 10,000 (103%) · Reached");
  await expect(thresholds).toContainText("100,000 signatures: considered for a debate");
  await expect(thresholds).toContainText("10,314 of 100,000 (10%) · 89,686 to go");
  await expect(page.getByRole("region", { name: "Official response and outcome" })).toContainText("UK Government");
});

test("the ECI page shows the per-member-state table and the seven-state verdict", async ({ page }) => {
  await page.goto(ECI);
  const table = page.getByTestId("member-state-table");
  await expect(table.getByRole("row")).toHaveCount(28); // header + 27 member states
  const germany = table.getByRole("row", { name: /Germany/ });
  await expect(germany.getByRole("cell").nth(1)).toHaveText("69,120");
  await expect(page.getByTestId("quorum-verdict")).toContainText("0 of 7 member states needed are over their minimum");
  await expect(page.getByText("The success rule is not met yet.")).toBeVisible();
});

test("search and filters narrow the list, and pages continue with a cursor", async ({ page }) => {
  await page.goto("/initiatives");
  const all = Number((await page.getByRole("heading", { level: 2, name: /initiatives$/ }).textContent())?.match(/\d+/)?.[0]);
  expect(all).toBeGreaterThan(10);

  await page.getByLabel("Search").fill("Trump");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2 initiatives" })).toBeVisible();
  await expect(page.getByRole("link", { name: /State Visit/ })).toHaveCount(2);

  await page.goto("/initiatives");
  await page.getByLabel("Jurisdiction").selectOption("fi");
  await page.getByLabel("Topic").selectOption("ottawa-convention-withdrawal");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "3 initiatives" })).toBeVisible();

  await page.goto("/initiatives?status=open&sort=closing");
  await expect(page.locator(".card h3").first()).toHaveText("Longer opening hours for public libraries (demo)");

  await page.goto("/initiatives?limit=3&sort=count");
  const first = await page.locator(".card h3").allTextContents();
  await page.getByRole("link", { name: "Next page" }).click();
  const second = await page.locator(".card h3").allTextContents();
  expect(second).toHaveLength(3);
  expect(second.filter((t) => first.includes(t))).toEqual([]);

  // A cursor that does not decode is the visitor's mistake: the first page and the message, not a 500.
  const bad = await page.goto("/initiatives?limit=3&sort=count&cursor=abc");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("cursor");
  expect(await page.locator(".card h3").allTextContents()).toEqual(first);
});

test("Finnish and Swedish pages are translated, numbers formatted per locale", async ({ page }) => {
  await page.goto("/fi/initiatives/ottawa-withdrawal-2024");
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suomi eroamaan Ottawan sopimuksesta (vuoden 2024 aloite)");
  await expect(page.getByRole("region", { name: "Rajat" })).toContainText("62 480 / 50 000");
  await page.goto("/sv/initiatives/ottawa-withdrawal-2024");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finland ska utträda ur Ottawakonventionen (initiativet 2024)");
});

test("the language switch leads to the same page in the other language, filters kept, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/initiatives/ottawa-withdrawal-2024");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Suomi" }).click();
  await expect(page).toHaveURL(/\/fi\/initiatives\/ottawa-withdrawal-2024$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await page.goto("/fi/initiatives?status=closed&sort=newest");
  await page.getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/initiatives\?status=closed&sort=newest$/);
  await expect(page.locator("#f-status")).toHaveValue("closed");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/initiatives\?status=closed&sort=newest$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("unknown pages are real 404s", async ({ request }) => {
  expect((await request.get("/initiatives/no-such-initiative")).status()).toBe(404);
  expect((await request.get("/no/such/page")).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PUBLIC_PAGES) {
    test(`${path} renders fully`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("footer")).toContainText("Open Government Licence");
    });
  }

  test("the search form works as a plain GET form", async ({ page }) => {
    await page.goto("/initiatives");
    await page.getByLabel("Search").fill("referendum");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=referendum/);
    await expect(page.getByRole("link", { name: "EU Referendum Rules triggering a 2nd EU Referendum" })).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const path of [...PUBLIC_PAGES, "/no/such/page"]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("on a 320 px wide screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [
    "/",
    "/initiatives",
    "/initiatives/eci-2025-000006",
    "/initiatives/revoke-article-50-and-remain-in-the-eu-241584",
    "/topics/ottawa-convention-withdrawal",
  ]) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
