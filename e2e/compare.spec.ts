// Comparing initiatives: curves aligned by days since opening in one chart and tables, reached from
// the topic and status pages, all without JavaScript; axe clean and readable at 320 px.
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

const OTTAWA = "/compare?i=ottawa-withdrawal-2022&i=ottawa-withdrawal-2024";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the 2022 and 2024 Ottawa initiatives side by side: both curves, both titles, days to 50,000", async ({ page }) => {
    const response = await page.goto(OTTAWA);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#compare svg path[data-series]")).toHaveCount(2);
    await expect(page.locator("#compare svg")).toHaveAccessibleName("Signatures by days since opening");
    await expect(page.locator("#compare svg")).toHaveAccessibleDescription(/\(2024 initiative\): 62,480 signatures on day 182$/);
    const table = page.getByTestId("compare-table");
    const y2022 = table.getByRole("row", { name: /2022 initiative/ });
    const y2024 = table.getByRole("row", { name: /2024 initiative/ });
    await expect(y2022).toContainText("Finland to withdraw from the Ottawa Convention (2022 initiative)");
    await expect(y2022).toContainText("50,000: day 184");
    await expect(y2024).toContainText("Finland to withdraw from the Ottawa Convention (2024 initiative)");
    await expect(y2024).toContainText("50,000: day 3");
    await expect(y2024).toContainText("62,480");
    // A like-for-like read: a week in, 2024 had passed 50,000; 2022 had not reached it.
    const week = page.getByTestId("checkpoint-table");
    await expect(
      week
        .getByRole("row", { name: /2024 initiative/ })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("50,140");
  });

  test("is reached from the topic page and the status page, and an initiative can be removed", async ({ page }) => {
    await page.goto("/topics/ottawa-convention-withdrawal");
    await page.getByTestId("compare-topic").click();
    await expect(page).toHaveURL(/\/compare\?i=.*&i=/);
    await expect(page.getByTestId("compare-table")).toContainText("2024 initiative");

    await page.goto("/initiatives/ottawa-withdrawal-2024");
    await page
      .getByTestId("compare-links")
      .getByRole("link", { name: /2022 initiative/ })
      .click();
    await expect(page).toHaveURL(/\/compare\?i=ottawa-withdrawal-2024&i=ottawa-withdrawal-2022$/);
    await page
      .getByTestId("compare-table")
      .getByRole("row", { name: /2022 initiative/ })
      .getByRole("link", { name: /Remove/ })
      .click();
    await expect(page).toHaveURL(/\/compare\?i=ottawa-withdrawal-2024$/);
    await expect(page.getByTestId("compare-table").getByRole("row")).toHaveCount(2);
  });

  test("more than five initiatives or a malformed slug are explained, per field", async ({ page }) => {
    await page.goto(`/compare?${["aaa", "bbb", "ccc", "ddd", "eee", "fff"].map((s) => `i=${s}`).join("&")}`);
    await expect(page.getByRole("alert")).toContainText("Give at most 5");
    await page.goto("/compare?i=ottawa-withdrawal-2024&i=no-such-initiative");
    await expect(page.getByText("Not found or withdrawn: no-such-initiative")).toBeVisible();
    await expect(page.locator("#compare svg path[data-series]")).toHaveCount(1);
  });
});

test("the comparison page has no axe violations, in English and Finnish", async ({ page }) => {
  for (const path of [OTTAWA, `/fi${OTTAWA}`, "/compare"]) {
    await page.goto(path);
    expect((await axeViolations(page)).map((v) => `${path} ${v}`)).toEqual([]);
  }
});

test.describe("on a 320 px wide screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the comparison chart keeps text-sized labels and needs no sideways scrolling", async ({ page }) => {
    await page.goto(OTTAWA);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const size = await page
      .locator(".lchart-y")
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(14);
  });
});
