// Count entry in the admin console: single counts (with and without JavaScript), corrections,
// bulk CSV (previewed, all or nothing), bad input refused per field with nothing stored, and the
// public status page showing a new count within a second.
import type { Page } from "@playwright/test";
import { auditRows, createInitiative, expect, observationCount, test } from "./fixtures";

async function publicText(page: Page, slug: string) {
  return (await page.request.get(`/initiatives/${slug}`)).text();
}

/** The count the open-data API (and the live counter) serves. */
async function apiCount(page: Page, slug: string) {
  return ((await (await page.request.get(`/api/v1/initiatives/${slug}`)).json()) as { latestTotal: { value: number } | null }).latestTotal
    ?.value;
}

async function enterCount(
  page: Page,
  slug: string,
  fields: { value: string; observedAt?: string; region?: string; note?: string; sourceUrl?: string },
) {
  await page.goto(`/admin/initiatives/${slug}/counts`);
  const form = page.getByTestId("count-form");
  await form.getByLabel("Count", { exact: true }).fill(fields.value);
  if (fields.observedAt) await form.getByLabel("Counted at").fill(fields.observedAt);
  if (fields.region) await form.getByLabel("Region").fill(fields.region);
  if (fields.note) await form.getByLabel("Note").fill(fields.note);
  if (fields.sourceUrl) await form.getByLabel("Source address").fill(fields.sourceUrl);
  await form.getByRole("button", { name: "Record count" }).click();
  return form;
}

test("a count entered through the form is on the public page and API within a second, with one audit row", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const editor = await signIn("EDITOR");
  expect(await publicText(editor.page, slug)).toContain("No count recorded yet"); // now cached
  expect(await apiCount(editor.page, slug)).toBeUndefined(); // cached too
  const form = await enterCount(editor.page, slug, {
    value: "12345",
    observedAt: "2015-01-06T12:00",
    sourceUrl: "https://example.org/count",
  });
  await expect(editor.page.getByTestId("saved")).toContainText("The total is now 12,345.");
  await expect.poll(() => publicText(editor.page, slug), { timeout: 1000, intervals: [50] }).toContain("12,345");
  await expect.poll(() => apiCount(editor.page, slug), { timeout: 1000, intervals: [50] }).toBe(12345);
  await expect(form.getByLabel("Count", { exact: true })).toHaveValue(""); // ready for the next one
  await expect(editor.page.getByTestId("observations")).toContainText(editor.user.email);
  expect(await auditRows({ actorId: editor.user.userId })).toEqual([
    { action: "observation.create", via: "web", actorLabel: editor.user.email },
  ]);
});

test("bad counts are refused field by field, nothing is stored, and text is shown escaped", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const { page, user } = await signIn("EDITOR");
  const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);
  const cases: { fields: Parameters<typeof enterCount>[2]; message: string }[] = [
    { fields: { value: "-5" }, message: "Count: A count cannot be negative" },
    { fields: { value: "12.5" }, message: "Count: Enter a whole number" },
    { fields: { value: "1000000001" }, message: "Count: A count cannot be more than 1,000,000,000" },
    { fields: { value: "10", observedAt: future }, message: "Counted at: This cannot be in the future" },
    { fields: { value: "10", region: "DE" }, message: "Region: This region is not one of the initiative's rules" },
    { fields: { value: "10", note: '<script id="xss">window.__xss = 1</script>' }, message: "Note: HTML is not allowed here" },
  ];
  for (const c of cases) {
    const form = await enterCount(page, slug, c.fields);
    const summary = page.getByTestId("error-summary");
    await expect(summary, c.message).toContainText(c.message);
    await expect(form.getByLabel("Count", { exact: true })).toHaveValue(c.fields.value); // kept
  }
  // The markup was kept as text in the field, never run.
  await expect(page.getByTestId("count-form").getByLabel("Note")).toHaveValue('<script id="xss">window.__xss = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("script#xss")).toHaveCount(0);
  expect(await observationCount(slug)).toBe(0);
  expect(await auditRows({ actorId: user.userId })).toEqual([]);
});

test("the count form works without JavaScript, errors and success alike", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const { page } = await signIn("EDITOR", { javaScriptEnabled: false });
  await enterCount(page, slug, { value: "-1", note: "typed by hand", observedAt: "2015-01-06T12:00" });
  await expect(page.getByTestId("error-summary")).toContainText("Count: A count cannot be negative");
  await expect(page.getByTestId("count-form").getByLabel("Note")).toHaveValue("typed by hand");
  await page.getByTestId("count-form").getByLabel("Count", { exact: true }).fill("777");
  await page.getByTestId("count-form").getByRole("button", { name: "Record count" }).click();
  await expect(page.getByTestId("saved")).toContainText("The total is now 777.");
  expect(await observationCount(slug)).toBe(1);
});

test("a correction is a new count superseding the wrong one, with a reason", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const { page, user } = await signIn("EDITOR");
  await enterCount(page, slug, { value: "51000", observedAt: "2015-01-06T12:00" });
  await expect(page.getByTestId("saved")).toBeVisible();
  await page.getByTestId("observations").getByRole("link", { name: "Correct 51,000" }).click();
  await expect(page.getByTestId("correcting")).toContainText("You are correcting the count of 51,000");
  await page.getByLabel("Count", { exact: true }).fill("15000");
  await page.getByRole("button", { name: "Record correction" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Say why the count is being corrected");
  await page.getByLabel("Why is it being corrected?").fill("Typo: an extra digit");
  await page.getByRole("button", { name: "Record correction" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/initiatives/${slug}\\?corrected=1$`));
  await expect(page.getByTestId("admin-latest-total")).toContainText("15,000");
  const table = page.getByTestId("observations");
  await expect(table.getByRole("row").filter({ hasText: "51,000" })).toContainText("Corrected");
  await expect(table).toContainText("(correction: Typo: an extra digit)");
  await expect.poll(() => publicText(page, slug), { timeout: 1000, intervals: [50] }).toContain("15,000");
  expect(await observationCount(slug)).toBe(2);
  expect((await auditRows({ actorId: user.userId })).map((a) => a.action)).toEqual(["observation.create", "observation.create"]);
});

test("a CSV with one bad row stores nothing and names the line and field; a good one is previewed, then saved at once", async ({
  signIn,
}) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const { page, user } = await signIn("EDITOR");
  await page.goto(`/admin/initiatives/${slug}/counts/bulk`);
  const csv = (third: string) =>
    `value,observedAt,note\n1000,2015-01-06T10:00:00Z,first\n2000,2015-01-07T10:00:00Z,second\n${third},2015-01-08T10:00:00Z,third\n`;
  await page
    .getByTestId("bulk-form")
    .locator('input[type="file"]')
    .setInputFiles({ name: "counts.csv", mimeType: "text/csv", buffer: Buffer.from(csv("3,5")) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The file is not valid CSV (line 4)");
  // A real bad value: the quoted "3,5" above breaks the column count; now a fraction on line 4.
  await page.getByLabel("CSV rows").fill(csv("3.5"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("row-errors")).toContainText("Line 4, value: Enter a whole number");
  expect(await observationCount(slug)).toBe(0);

  await page.getByLabel("CSV rows").fill(csv("3000"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("saved")).toContainText("3 rows are ready to save. The total would become 3,000.");
  await expect(page.getByTestId("preview").getByRole("row")).toHaveCount(4);
  expect(await observationCount(slug)).toBe(0); // a preview stores nothing
  await page.getByRole("button", { name: "Save all 3 rows" }).click();
  await expect(page.getByTestId("saved")).toContainText("3 counts saved. The total is now 3,000.");
  expect(await observationCount(slug)).toBe(3);
  expect(await auditRows({ actorId: user.userId })).toEqual([{ action: "observation.bulk_create", via: "web", actorLabel: user.email }]);
  await expect.poll(() => publicText(page, slug), { timeout: 1000, intervals: [50] }).toContain("3,000");
});

test("a confirmed data-quality flag becomes a public data note", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const { page, user } = await signIn("EDITOR");
  await enterCount(page, slug, { value: "1000", observedAt: "2015-01-06T12:00" });
  await expect(page.getByTestId("saved")).toBeVisible();
  await enterCount(page, slug, { value: "900", observedAt: "2015-01-07T12:00" });
  await expect(page.getByTestId("saved")).toContainText("Flagged for review: The total went down");
  await page.goto(`/admin/initiatives/${slug}`);
  await expect(page.getByTestId("attention")).toContainText("1 data-quality flag needs review.");
  await page.getByRole("link", { name: "Review data quality" }).click();
  const flag = page.getByTestId("flag-decrease");
  await flag.getByRole("button", { name: "Save review" }).click();
  await expect(flag.getByTestId("error-summary")).toContainText("Write the note the public will see");
  await flag.getByLabel("Public note").fill("The organisers removed 100 duplicate statements.");
  await flag.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("saved")).toContainText("Confirmed. The note is public.");
  await expect
    .poll(() => publicText(page, slug), { timeout: 1000, intervals: [50] })
    .toContain("The organisers removed 100 duplicate statements.");
  expect((await auditRows({ actorId: user.userId })).map((a) => a.action)).toEqual([
    "observation.create",
    "observation.create",
    "quality_flag.confirm",
  ]);
});
