// Topics in the admin console: an editor adds a topic, then an event to its timeline (a decision
// outside the tracked initiatives), which the public topic page shows with its source at once;
// bad input is refused field by field and nothing is stored.
import { auditRows, expect, sql, test, unique } from "./fixtures";

test("an editor adds a topic and a timeline event that the public topic page shows within a second", async ({ signIn }) => {
  const { page, user } = await signIn("EDITOR");
  const slug = unique("mine-ban");
  await page.goto("/admin/topics");
  const topicForm = page.getByTestId("topic-form");
  await topicForm.getByLabel("Address").fill(slug);
  await topicForm.getByRole("group", { name: "Name" }).getByLabel("In English").fill("Mine ban treaty");
  await topicForm.getByRole("button", { name: "Save topic" }).click();
  await expect(page.getByText(`Topic ${slug} saved.`)).toBeVisible();

  expect(await (await page.request.get(`/topics/${slug}`)).text()).not.toContain("Poland gives notice"); // cached now
  await page
    .getByRole("row", { name: new RegExp(slug) })
    .getByRole("link", { name: "Timeline" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(page.getByText("No events yet.")).toBeVisible();

  const form = page.getByTestId("topic-event-form");
  await form.getByLabel("Date of the event").fill("2025-06-27");
  await form.getByLabel("Country code").fill("PL");
  await form.getByRole("group", { name: "What happened" }).getByLabel("In English").fill("Poland gives notice of withdrawal");
  await form.getByLabel("Source address").fill("https://treaties.un.org/doc/Publication/CN/2025/CN.123.2025-Eng.pdf");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByText("Event added to the timeline.")).toBeVisible();
  await expect(page.getByTestId("topic-events")).toContainText("Poland gives notice of withdrawal");

  await expect
    .poll(async () => (await page.request.get(`/topics/${slug}`)).text(), { timeout: 1000, intervals: [50] })
    .toContain("Poland gives notice of withdrawal");
  expect(await auditRows({ actorId: user.userId })).toEqual([
    { action: "topic.create", via: "web", actorLabel: user.email },
    { action: "topic_event.create", via: "web", actorLabel: user.email },
  ]);
});

test("a timeline event with bad input is refused field by field and nothing is stored", async ({ signIn }) => {
  const { page, user } = await signIn("EDITOR");
  await page.goto("/admin/topics/elections");
  const before = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "TopicEvent"`);
  const form = page.getByTestId("topic-event-form");
  await form.getByLabel("Country code").fill("Poland");
  await form.getByRole("group", { name: "What happened" }).getByLabel("In English").fill("<b>Bold claim</b>");
  await form.getByLabel("Source address").fill("not a web address");
  await form.getByRole("button", { name: "Add event" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Date of the event: Enter a date");
  await expect(summary).toContainText("Country code: Use a two-letter country code such as PL");
  await expect(summary).toContainText("HTML is not allowed here");
  await expect(summary).toContainText("Source address: Enter a full web address, starting with https://");
  await expect(form.getByLabel("Country code")).toHaveValue("Poland"); // kept
  expect(await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "TopicEvent"`)).toEqual(before);
  expect(await auditRows({ actorId: user.userId })).toEqual([]);
});
