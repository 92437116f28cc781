// The foundation works end to end: a production build serves the seeded data from the database.
// (Other tests add initiatives of their own, so this looks at sections only seeded data fills.)
import { expect, test } from "@playwright/test";

test("the home page lists seeded initiatives", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow petitions and citizens' initiatives");
  await expect(
    page.getByRole("region", { name: "Closing soon" }).getByRole("link", { name: "Longer opening hours for public libraries (demo)" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Fastest growing" }).getByRole("link", { name: "European Citizens' Initiative 2025/000006" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Recently answered" }).getByRole("link", { name: /Revoke Article 50/ })).toBeVisible();
});

test("the 2024 Ottawa initiative's page shows its count against 50,000", async ({ page }) => {
  await page.goto("/initiatives?q=Ottawa");
  await page.getByRole("link", { name: "Finland to withdraw from the Ottawa Convention (2024 initiative)" }).click();
  await expect(page).toHaveURL(/\/initiatives\/ottawa-withdrawal-2024$/);
  await expect(page.getByTestId("headline")).toContainText("62,480");
  const thresholds = page.getByRole("region", { name: "Thresholds" });
  await expect(thresholds).toContainText("50,000 statements of support: goes to Parliament");
  await expect(thresholds).toContainText("62,480 of 50,000 (125%)");
  await expect(thresholds).toContainText("Reached");
});
