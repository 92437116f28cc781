// The foundation works end to end: a production build serves the seeded data from the database.
import { expect, test } from "@playwright/test";

test("the home page lists seeded initiatives", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow petitions and citizens' initiatives");
  const latest = page.getByRole("region", { name: "Latest counts" });
  await expect(latest.getByRole("link", { name: "Finland to withdraw from the Ottawa Convention (2024 initiative)" })).toBeVisible();
  await expect(latest.getByRole("link", { name: "Call a General Election" })).toBeVisible();
});

test("the 2024 Ottawa initiative's page shows its count against 50,000", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Finland to withdraw from the Ottawa Convention (2024 initiative)" }).first().click();
  await expect(page).toHaveURL(/\/initiatives\/ottawa-withdrawal-2024$/);
  await expect(page.getByTestId("headline")).toContainText("62,480");
  const thresholds = page.getByRole("region", { name: "Thresholds" });
  await expect(thresholds).toContainText("50,000 statements of support: goes to Parliament");
  await expect(thresholds).toContainText("62,480 of 50,000 (125%)");
  await expect(thresholds).toContainText("Reached");
});
