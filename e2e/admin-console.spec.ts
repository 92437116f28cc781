// The rest of the console: the interactive initiatives table, people and roles, rule set
// versions, and the audit log with its filters and CSV export.
import { readFile } from "node:fs/promises";
import { auditRows, createInitiative, createSession, expect, makeUser, SESSION_COOKIE, test } from "./fixtures";

test("the initiatives table filters in place with JavaScript, and by a plain GET without", async ({ signIn }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page, { title: "Filterable initiative" });
  const { page } = await signIn("EDITOR");
  await page.goto("/admin");
  await page.getByLabel("Title or address").fill(slug);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("initiatives-count")).toHaveText("1 initiative");
  await expect(page.getByTestId("initiatives-table").getByRole("link", { name: "Filterable initiative" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=${slug}$`));
  // The same address, loaded afresh (as without JavaScript), is filtered on the server.
  const direct = await page.request.get(`/admin?q=${slug}`);
  expect(await direct.text()).toContain("Filterable initiative");
  expect((await page.request.get(`/api/admin/initiatives?q=${slug}`).then((r) => r.json())) as unknown).toMatchObject({
    items: [{ slug, openFlags: 0 }],
  });
});

test("an admin makes someone an editor, who can then use the console; the change is in the audit log and its CSV", async ({ signIn }) => {
  const { page, user } = await signIn("ADMIN");
  const person = await makeUser("USER");
  await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  const form = page.getByTestId(`role-${person.email}`);
  await form.getByLabel(`Role of ${person.email}`).selectOption("EDITOR");
  await form.getByRole("button", { name: "Save role" }).click();
  await expect(form.getByRole("status")).toHaveText(`${person.email} is now Editor.`);
  expect(await auditRows({ actorId: user.userId })).toEqual([{ action: "user.set_role", via: "web", actorLabel: user.email }]);
  // The role is read from the database on every request: their existing session now gets in.
  const theirs = await page.request.get("/admin", { headers: { Cookie: `${SESSION_COOKIE}=${await createSession(person.userId)}` } });
  expect(theirs.status()).toBe(200);

  await page.goto(`/admin/audit?actor=${encodeURIComponent(user.email)}&action=user.set_role`);
  await expect(page.getByTestId("audit").getByRole("row")).toHaveCount(2);
  await expect(page.getByTestId("audit")).toContainText('"role":"EDITOR"');
  const download = page.waitForEvent("download");
  await page.getByTestId("audit-export").click();
  const csv = await readFile(await (await download).path(), "utf8");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("id,createdAt,actor,action,entityType,entityId,initiative,via,requestId,before,after");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`,${user.email},user.set_role,User,${person.userId},`);

  await page.goto("/admin/audit?from=yesterday");
  await expect(page.getByTestId("error-summary")).toContainText("From: Enter a date");
});

test("an admin adds a rule set version, never editing the versions in use", async ({ signIn }) => {
  const { page, user } = await signIn("ADMIN");
  await page.goto("/admin/rule-sets?scheme=uk-parliament-petition");
  const form = page.getByTestId("rule-set-form");
  await expect(form.getByLabel("Rules (JSON)")).toHaveValue(/"thresholds"/);
  await form.getByLabel("Takes effect").fill("2000-01-01");
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Takes effect: Must be after the latest version took effect");
  await form.getByLabel("Rules (JSON)").fill("{ not json");
  await form.getByLabel("Takes effect").fill("2100-01-01");
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Rules (JSON): This is not valid JSON");
  expect(await auditRows({ actorId: user.userId })).toEqual([]);
  await page.reload();
  await form.getByLabel("Takes effect").fill("2100-01-01");
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(page.getByTestId("saved")).toContainText(/Version \d+ of uk-parliament-petition added\./);
  await expect(page.getByRole("region", { name: "UK Parliament petition", exact: true })).toContainText("Not used yet");
  expect(await auditRows({ actorId: user.userId })).toEqual([{ action: "rule_set.create", via: "web", actorLabel: user.email }]);
});
