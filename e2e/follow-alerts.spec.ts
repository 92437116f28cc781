// Alerts from follows, end to end with the real worker and SMTP server: a follower of the Ottawa
// topic hears of a new initiative in the topic and of a new timeline event, in the app and by email,
// once each, while a follower of the same topic who unticked those kinds (no-JS form on /me) hears
// of neither; a follower of an initiative hears of its stage change and of its official response.
import { createToken } from "@/lib/tokens/create-token";
import { publishResponse } from "@/lib/responses/publish-response";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follow";
import { makeInitiative } from "@/lib/testing/factories";
import { signIn, uniqueEmail } from "./support/accounts";
import { createInitiative, expect, makeUser, test, unique } from "./fixtures";
import type { SmtpCatcher } from "./support/smtp";

const TOPIC = "ottawa-convention-withdrawal";
const TOPIC_NAME = "Ottawa Convention withdrawal";

test.describe.configure({ mode: "serial" });

/** The events' fan-out is done and every email it queued has been sent: nothing more will arrive. */
async function settled(eventIds: bigint[]): Promise<boolean> {
  const events = await db().domainEvent.findMany({ where: { id: { in: eventIds } }, select: { fannedOutAt: true } });
  const unsent = await db().emailOutbox.count({
    where: { notification: { eventId: { in: eventIds } }, status: { not: "SENT" } },
  });
  return events.length === eventIds.length && events.every((e) => e.fannedOutAt !== null) && unsent === 0;
}

const mailsAbout = (smtp: SmtpCatcher, to: string, text: string) => smtp.to(to).filter((m) => m.subject.includes(text));

test("a follower of the Ottawa topic hears of a new initiative and a new timeline event once; one who unticked them hears of neither", async ({
  page,
  smtp,
  signIn: signInAs,
  worker,
}) => {
  test.setTimeout(90_000);
  // The follower signs in the real way and follows the topic from its public page.
  const followerEmail = uniqueEmail("ottawa-follower");
  await signIn(page, smtp, followerEmail);
  await Promise.all([page.waitForResponse(/\/api\/me\/follows/), page.goto(`/topics/${TOPIC}`)]);
  await page.getByRole("button", { name: "Follow this initiative" }).click();
  await expect(page.getByRole("status")).toHaveText("Following");

  // Another follower of the same topic, without JavaScript, keeps every kind but these two.
  const choosy = await signInAs("USER", { javaScriptEnabled: false });
  await choosy.page.goto(`/topics/${TOPIC}`);
  await choosy.page.getByRole("button", { name: "Follow this initiative" }).click();
  await expect(choosy.page).toHaveURL(/\/me\?followed=topic%3Aottawa-convention-withdrawal$/);
  const kinds = choosy.page.getByRole("group", { name: `What you hear about ${TOPIC_NAME}` });
  for (const box of await kinds.getByRole("checkbox").all()) await box.check();
  await kinds.getByLabel("A new initiative is registered (topics and jurisdictions you follow)").uncheck();
  await kinds.getByLabel("A new event on a topic you follow").uncheck();
  await choosy.page.getByRole("listitem").filter({ has: kinds }).getByRole("button", { name: "Save" }).click();
  await expect(choosy.page.getByRole("status")).toHaveText(`Saved: what you hear about ${TOPIC_NAME}.`);
  const stored = await db().follow.findFirstOrThrow({ where: { userId: choosy.user.userId, topic: { slug: TOPIC } } });
  expect(stored.eventKinds.sort()).toEqual([
    "DEADLINE_1_DAY",
    "DEADLINE_7_DAYS",
    "MILESTONE",
    "RESPONSE_PUBLISHED",
    "STAGE_CHANGED",
    "THRESHOLD_REACHED",
  ]);

  worker.start();
  // An admin registers an initiative in the topic (a UK petition, so Finland's lists stay as seeded)
  // and an editor adds an event to the topic's timeline, both in the console.
  const admin = await signInAs("ADMIN");
  const initiativeTitle = `Keep the UK in the Ottawa Convention ${unique("t")}`;
  const slug = await createInitiative(admin.page, { scheme: "uk-parliament-petition", title: initiativeTitle, topics: [TOPIC_NAME] });
  const eventTitle = `Poland's withdrawal takes effect ${unique("t")}`;
  await admin.page.goto(`/admin/topics/${TOPIC}`);
  const form = admin.page.getByTestId("topic-event-form");
  await form.getByLabel("Date of the event").fill("2026-02-20");
  await form.getByLabel("Country code").fill("PL");
  await form.getByRole("group", { name: "What happened" }).getByLabel("In English").fill(eventTitle);
  await form
    .getByLabel("Source address")
    .fill("https://www.polsatnews.pl/wiadomosc/2026-02-20/polska-wycofuje-sie-z-konwencji-znikna-militarne-ograniczenia/");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(admin.page.getByText("Event added to the timeline.")).toBeVisible();

  const registered = await db().domainEvent.findFirstOrThrow({ where: { kind: "INITIATIVE_REGISTERED", initiative: { slug } } });
  const added = await db().domainEvent.findFirstOrThrow({
    where: { kind: "TOPIC_EVENT_ADDED", topic: { slug: TOPIC }, payload: { path: ["title", "en"], equals: eventTitle } },
  });
  await expect.poll(() => settled([registered.id, added.id]), { timeout: 30_000 }).toBe(true);

  // By email: one of each, with a link to where it happened.
  const aboutInitiative = mailsAbout(smtp, followerEmail, initiativeTitle);
  expect(aboutInitiative.map((m) => m.subject)).toEqual([`New initiative in United Kingdom: ${initiativeTitle}`]);
  expect(aboutInitiative[0]?.text).toContain(`/initiatives/${slug}`);
  const aboutEvent = mailsAbout(smtp, followerEmail, eventTitle);
  expect(aboutEvent.map((m) => m.subject)).toEqual([`${TOPIC_NAME}: ${eventTitle}`]);
  expect(aboutEvent[0]?.text).toContain(`/topics/${TOPIC}`);

  // In the app: both in the follower's list.
  await page.goto("/me/notifications");
  const listed = page.getByTestId("notification");
  await expect(listed.filter({ hasText: initiativeTitle })).toHaveCount(1);
  await expect(listed.filter({ hasText: eventTitle })).toHaveCount(1);

  // The one who unticked them: neither, in the app or by email.
  expect(await db().notification.count({ where: { userId: choosy.user.userId, eventId: { in: [registered.id, added.id] } } })).toBe(0);
  expect(smtp.to(choosy.user.email)).toEqual([]);
  await choosy.page.goto("/me/notifications");
  await expect(choosy.page.getByTestId("notification")).toHaveCount(0);
});

test("a follower of an initiative hears of a stage change (write API) and of an official response, once each", async ({
  smtp,
  signIn: signInAs,
  request,
  worker,
}) => {
  test.setTimeout(90_000);
  const title = `Stage and response alerts ${unique("t")}`;
  const { slug } = await makeInitiative({ title: { en: title } });
  const follower = await signInAs("USER");
  await follow(follower.user, { target: "initiative", id: slug });
  const bystander = await makeUser();
  worker.start();

  // A newsroom's importer records the stage through the write API with an admin's token.
  const admin = await makeUser("ADMIN");
  const { secret } = await createToken(admin, { name: "Stage bot", scopes: ["events:write"] }, { via: "cli" });
  const stage = await request.post(`/api/v1/initiatives/${slug}/events`, {
    headers: { Authorization: `Bearer ${secret}` },
    data: { stage: "collection-ended", occurredAt: new Date().toISOString() },
  });
  expect(stage.status()).toBe(201);
  const response = await publishResponse(
    admin,
    { slug },
    {
      kind: "GOVERNMENT_RESPONSE",
      respondingBody: { en: "Ministry of Justice" },
      respondedAt: new Date(),
      summary: { en: "The ministry will prepare a bill." },
    },
    { via: "web" },
  );
  expect(response.created).toBe(true);

  const events = await db().domainEvent.findMany({
    where: { initiative: { slug }, kind: { in: ["STAGE_CHANGED", "RESPONSE_PUBLISHED"] } },
    select: { id: true },
  });
  expect(events).toHaveLength(2);
  await expect.poll(() => settled(events.map((e) => e.id)), { timeout: 30_000 }).toBe(true);

  const mails = smtp.to(follower.user.email).map((m) => m.subject);
  expect(mails.filter((s) => s.includes(title)).sort()).toEqual([
    `${title}: Collection ended`,
    `${title}: an official response was published`,
  ]);
  const responseMail = smtp.to(follower.user.email).find((m) => m.subject.endsWith("an official response was published"));
  expect(responseMail?.text).toContain("The ministry will prepare a bill.");
  expect(smtp.to(bystander.email)).toEqual([]);

  await follower.page.goto("/me/notifications");
  const listed = follower.page.getByTestId("notification");
  await expect(listed.filter({ hasText: `${title}: Collection ended` })).toHaveCount(1);
  await expect(listed.filter({ hasText: `${title}: an official response was published` })).toHaveCount(1);
  await expect(follower.page.getByTestId("unread")).toHaveText("2 unread notifications");
});
