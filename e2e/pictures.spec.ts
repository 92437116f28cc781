// Pictures of the numbers: the ECI member-state map on the status page, and a UK petition's
// signatures by constituency on its parliament's boundaries (switches and look-up as plain links and
// GET forms, so all of it works without JavaScript), each axe clean.
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

const ECI = "/initiatives/eci-2025-000006";
const REVOKE = "/initiatives/revoke-article-50-and-remain-in-the-eu-241584"; // 2019: the 2010 boundaries
const ELECTION = "/initiatives/call-a-general-election-700143"; // November 2024: the 2024 boundaries

export const PICTURE_PAGES = [
  ECI,
  `${REVOKE}/map`,
  `${REVOKE}/map?view=hex&measure=per1000&q=york`,
  `${ELECTION}/map`,
  `/fi${ELECTION}/map?view=hex`,
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the ECI page maps the 27 member states, each named with its figures", async ({ page }) => {
    await page.goto(ECI);
    const map = page.getByTestId("eu-map");
    await expect(map.locator("[data-code]")).toHaveCount(27);
    await expect(map.getByRole("img")).toHaveCount(27);
    await expect(map.getByRole("img", { name: "Germany: 476 signatures, 0.7% of its minimum of 69,120" })).toHaveCount(1);
    await expect(map.getByRole("img", { name: /^Malta: / })).toHaveCount(1);
    await expect(map).toHaveAccessibleName("Map of the member states by share of their minimum");
    await expect(map).toHaveAccessibleDescription(/^0 of 27 member states are over their minimum; 7 are needed/);
  });

  test("a UK petition's map has 650 constituencies, and the switches and look-up are links and a GET form", async ({ page }) => {
    await page.goto(REVOKE);
    await page.getByTestId("uk-map-link").click();
    await expect(page).toHaveURL(new RegExp(`${REVOKE}/map$`));
    const map = page.getByTestId("uk-map");
    await expect(map.locator("path[data-code]")).toHaveCount(650);
    await expect(map).toHaveAttribute("data-view", "geo");
    await expect(map).toHaveAttribute("data-measure", "signatures");
    await expect(page.getByTestId("top-table").getByRole("row").nth(1)).toContainText("Bristol West37,105");

    const switches = page.getByTestId("map-switches");
    await switches.getByRole("link", { name: "Signatures per 1,000 residents" }).click();
    await expect(page).toHaveURL(/measure=per1000/);
    await expect(map).toHaveAttribute("data-measure", "per1000");
    await expect(switches.getByRole("link", { name: "Signatures per 1,000 residents" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("top-table")).toContainText("Constituencies with the most signatures per 1,000 residents");

    await switches.getByRole("link", { name: /Hexagons/ }).click();
    await expect(page).toHaveURL(/view=hex/);
    await expect(page).toHaveURL(/measure=per1000/);
    await expect(map).toHaveAttribute("data-view", "hex");
    await expect(map.locator("path[data-code]")).toHaveCount(650);

    await page.getByLabel("Constituency name").fill("edinburgh east");
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/q=edinburgh/);
    await expect(page).toHaveURL(/view=hex/);
    const found = page.getByTestId("lookup-table");
    await expect(found.getByRole("row")).toHaveCount(2);
    await expect(found.getByRole("row", { name: /Edinburgh East/ })).toContainText("19,510");
  });

  test("a petition of the 2024 parliament is drawn on the 2024 boundaries, by signatures only", async ({ page }) => {
    await page.goto(`${ELECTION}/map?measure=per1000`);
    const map = page.getByTestId("uk-map");
    await expect(map.locator("path[data-code]")).toHaveCount(650);
    await expect(map.locator('path[data-code="E14001063"]')).toHaveCount(1); // Aldershot's 2024 code
    await expect(map).toHaveAttribute("data-measure", "signatures");
    await expect(page.getByText("Population figures exist here for the 2010–2024 constituencies only")).toBeVisible();
    await expect(page.getByTestId("regions-table").getByRole("row")).toHaveCount(13); // header + 12 regions
    await expect(page.getByTestId("regions-table")).toContainText("Yorkshire and the Humber");
  });

  test("initiatives without constituency counts have no map", async ({ page }) => {
    expect((await page.goto(`${ECI}/map`))?.status()).toBe(404);
  });
});

test.describe("accessibility of the pictures", () => {
  for (const path of PICTURE_PAGES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("with JavaScript", () => {
  test("focusing a member state reads out its figures", async ({ page }) => {
    await page.goto(ECI);
    await page.getByTestId("eu-map").locator('[data-code="DE"]').focus();
    await expect(page.locator("#eu-map .map-readout")).toHaveText("Germany: 476 signatures, 0.7% of its minimum of 69,120");
  });
});
