// The admin console's pages have no WCAG 2.1 A/AA violations that axe can find, including a form
// showing its errors.
import AxeBuilder from "@axe-core/playwright";
import { createInitiative, expect, test } from "./fixtures";

test("admin pages are free of axe violations", async ({ signIn }) => {
  // Nineteen pages, each checked by axe: generous for a machine shared with other builds.
  test.setTimeout(300_000);
  const { page } = await signIn("ADMIN");
  const slug = await createInitiative(page);
  const paths = [
    "/admin",
    "/admin/initiatives/new",
    `/admin/initiatives/${slug}`,
    `/admin/initiatives/${slug}/counts`,
    `/admin/initiatives/${slug}/counts/bulk`,
    `/admin/initiatives/${slug}/stages`,
    `/admin/initiatives/${slug}/responses`,
    `/admin/initiatives/${slug}/flags`,
    `/admin/initiatives/${slug}/edit`,
    `/admin/initiatives/${slug}/withdraw`,
    "/admin/topics",
    "/admin/topics/ottawa-convention-withdrawal",
    "/admin/users",
    "/admin/rule-sets",
    "/admin/tokens",
    "/admin/audit",
    "/admin/imports",
    "/admin/imports/uk-petitions",
    "/fi/admin",
  ];
  const violations: string[] = [];
  for (const p of paths) {
    await page.goto(p);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of result.violations) violations.push(`${p}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }
  // A form with its error summary and messages shown.
  await page.goto(`/admin/initiatives/${slug}/counts`);
  await page.getByLabel("Count", { exact: true }).fill("-1");
  await page.getByRole("button", { name: "Record count" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  const withErrors = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const v of withErrors.violations) violations.push(`counts form with errors: ${v.id}`);
  expect(violations).toEqual([]);
});
