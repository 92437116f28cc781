// Registering, editing (optimistic concurrency: a stale edit is refused, nothing overwritten) and
// withdrawing initiatives in the admin console, with their audit rows and public effect.
import { auditRows, createInitiative, expect, sql, test, unique } from "./fixtures";

test("an admin registers an initiative from a scheme, which snapshots the rules in force", async ({ signIn }) => {
  const { page, user } = await signIn("ADMIN");
  const slug = await createInitiative(page, { title: "Bring back the night trains" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bring back the night trains");
  await expect(page.getByText("Version 1, dates in Europe/Helsinki")).toBeVisible();
  const [row] = await sql<{ rules: { thresholds: { target: number }[] }; version: number }>(
    `SELECT i.rules, r.version FROM "Initiative" i JOIN "RuleSet" r ON r.id = i."ruleSetId" WHERE i.slug = $1`,
    [slug],
  );
  expect(row?.rules.thresholds[0]?.target).toBe(50_000);
  expect(await auditRows({ actorId: user.userId })).toEqual([{ action: "initiative.create", via: "web", actorLabel: user.email }]);
  const publicPage = await page.goto(`/initiatives/${slug}`);
  expect(publicPage?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bring back the night trains");
});

test("registering refuses bad input with field messages and keeps what was typed", async ({ signIn }) => {
  const { page, user } = await signIn("ADMIN");
  await page.goto("/admin/initiatives/new");
  const form = page.getByTestId("create-initiative-form");
  await form.getByLabel(/^Address/).fill("Not A Slug!");
  await form.getByRole("group", { name: "Title" }).getByLabel("In English").fill("<script>alert(1)</script>");
  await form.getByRole("button", { name: "Register initiative" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Address: Use lower-case letters, digits and single dashes");
  await expect(summary).toContainText("HTML is not allowed here");
  await expect(form.getByLabel(/^Address/)).toHaveValue("Not A Slug!");
  await expect(form.getByRole("group", { name: "Title" }).getByLabel("In English")).toHaveValue("<script>alert(1)</script>");
  expect(await auditRows({ actorId: user.userId })).toEqual([]);
});

test("two admins edit the same initiative: the second save is refused with what changed, nothing is overwritten", async ({ signIn }) => {
  const alice = await signIn("ADMIN");
  const bob = await signIn("ADMIN");
  const slug = await createInitiative(alice.page);
  // Both open the edit form at the same version.
  await alice.page.goto(`/admin/initiatives/${slug}/edit`);
  await bob.page.goto(`/admin/initiatives/${slug}/edit`);
  const title = (p: typeof alice.page) =>
    p.getByTestId("edit-initiative-form").getByRole("group", { name: "Title" }).getByLabel("In English");

  await title(alice.page).fill("Alice's title");
  await alice.page.getByRole("button", { name: "Save changes" }).click();
  await expect(alice.page.getByTestId("saved")).toContainText("Changes saved (version 2).");

  await title(bob.page).fill("Bob's title");
  await bob.page.getByRole("button", { name: "Save changes" }).click();
  await expect(bob.page.getByTestId("error-summary")).toContainText("Someone else saved changes meanwhile");
  await expect(bob.page.getByTestId("conflict")).toContainText("version 1, now 2");
  await expect(bob.page.getByTestId("conflict")).toContainText(`${alice.user.email}`);
  await expect(bob.page.getByTestId("conflict")).toContainText("Title");
  await expect(bob.page.getByTestId("saved-meanwhile")).toContainText("Alice's title");
  await expect(title(bob.page)).toHaveValue("Bob's title");

  const [row] = await sql<{ title: { en: string }; version: number }>(`SELECT title, version FROM "Initiative" WHERE slug = $1`, [slug]);
  expect(row).toEqual({ title: { en: "Alice's title" }, version: 2 });
  expect(await auditRows({ actorId: bob.user.userId })).toEqual([]);

  // Having seen Alice's change, Bob may knowingly save over it.
  await bob.page.getByRole("button", { name: "Save changes" }).click();
  await expect(bob.page.getByTestId("saved")).toContainText("Changes saved (version 3).");
  expect(await auditRows({ actorId: bob.user.userId })).toEqual([{ action: "initiative.update", via: "web", actorLabel: bob.user.email }]);
});

test("an admin withdraws an initiative with a reason; the public page says so at once", async ({ signIn }) => {
  const { page, user } = await signIn("ADMIN");
  const slug = await createInitiative(page);
  await page.goto(`/initiatives/${slug}`); // cached before the withdrawal
  await page.goto(`/admin/initiatives/${slug}/withdraw`);
  const reason = unique("The organisers withdrew it");
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Withdraw initiative" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/initiatives/${slug}$`));
  await expect(page.getByText(`: ${reason}`)).toBeVisible();
  await expect
    .poll(async () => (await page.request.get(`/initiatives/${slug}`, { failOnStatusCode: false })).text(), {
      timeout: 1000,
      intervals: [50],
    })
    .toMatch(/withdrawn/i);
  // Gone, in every language, and the page still explains why (search engines drop it; people learn what happened).
  for (const path of [`/initiatives/${slug}`, `/fi/initiatives/${slug}`]) {
    const gone = await page.request.get(path, { failOnStatusCode: false });
    expect(gone.status(), path).toBe(410);
    expect(await gone.text(), path).toContain(reason);
  }
  expect((await page.request.get(`/api/v1/initiatives/${slug}`)).ok()).toBe(true);
  expect((await auditRows({ actorId: user.userId })).map((a) => a.action)).toEqual(["initiative.create", "initiative.withdraw"]);
});
