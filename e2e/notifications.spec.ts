// Notifications that arrive: a threshold crossed through the domain function reaches followers once,
// by email and in the app, as their preferences say; unsubscribing works signed out; and a worker
// killed mid-batch and restarted sends nobody a second email.
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follow";
import { savePreferences } from "@/lib/notifications/preferences";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { signIn, uniqueEmail } from "./support/accounts";
import { expect, test } from "./fixtures";

const editor = systemActor("e2e-editor");
const record = (slug: string, value: number) =>
  recordCounts(editor, { slug }, { observations: [{ value, observedAt: new Date() }] }, { via: "api" });

test.describe.configure({ mode: "serial" });

test("crossing 50,000 notifies each follower once, by email and in the app, as their preferences say", async ({ page, smtp, worker }) => {
  const { slug } = await makeInitiative({ title: { en: "Notification test initiative" } });
  await record(slug, 49_000);
  const followerEmail = uniqueEmail("follower");
  await signIn(page, smtp, followerEmail);
  await Promise.all([page.waitForResponse(/\/api\/me\/follows/), page.goto(`/initiatives/${slug}`)]);
  await page.getByRole("button", { name: "Follow this initiative" }).click();
  await expect(page.getByRole("status")).toHaveText("Following");

  const inAppOnly = await makeUser();
  await follow(inAppOnly, { target: "initiative", id: slug });
  await savePreferences(inAppOnly, { THRESHOLD_REACHED: ["IN_APP"] });
  const bystander = await makeUser();

  worker.start();
  await record(slug, 50_100);

  await expect.poll(() => smtp.to(followerEmail).filter((m) => m.subject.includes("reached")).length, { timeout: 20_000 }).toBe(1);
  const mail = smtp.to(followerEmail).find((m) => m.subject.includes("reached"));
  expect(mail?.subject).toBe("Notification test initiative reached 50,000 signatures");
  expect(mail?.text).toContain(`/initiatives/${slug}`);
  const header = (key: string) => (mail?.raw.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n\s+/g, " ");
  expect(header("list-unsubscribe")).toMatch(/^List-Unsubscribe: <http:\/\/localhost:\d+\/api\/unsubscribe\?token=[\w.-]+>$/);
  expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

  // In the app: one notification for each follower, none for the bystander; no email for in-app-only.
  // (Its registration may have told other tests' followers of its jurisdiction: only the threshold here.)
  const notifications = await db().notification.findMany({ where: { initiative: { slug }, kind: "THRESHOLD_REACHED" } });
  expect(notifications.map((n) => n.userId).sort()).toEqual(
    [(await db().user.findUniqueOrThrow({ where: { email: followerEmail } })).id, inAppOnly.userId].sort(),
  );
  expect(notifications.every((n) => n.inApp)).toBe(true);
  expect(smtp.to(inAppOnly.email)).toHaveLength(0);
  expect(smtp.to(bystander.email)).toHaveLength(0);
  expect(await db().notification.count({ where: { userId: bystander.userId } })).toBe(0);

  await page.goto("/me/notifications");
  await expect(page.getByTestId("unread")).toHaveText("1 unread notification");
  await expect(page.getByTestId("notification")).toContainText("Notification test initiative reached 50,000 signatures");
  await expect(page.getByTestId("bell")).toContainText("1");
  await page.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByTestId("unread")).toHaveText("No unread notifications");

  // The unsubscribe link works signed out, and then no more email arrives.
  const unsubscribe = (mail?.text.match(/https?:\/\/\S+\/api\/unsubscribe\?token=\S+/) ?? [])[0] as string;
  const browser = page.context().browser();
  const anonymous = await browser!.newContext();
  const stranger = await anonymous.newPage();
  await stranger.goto(unsubscribe);
  await stranger.getByRole("button", { name: "Unsubscribe from all email" }).click();
  await expect(stranger.getByTestId("unsubscribed")).toContainText(followerEmail);
  await anonymous.close();
  const prefs = await db().notificationPreference.findMany({ where: { user: { email: followerEmail } } });
  expect(prefs.every((p) => !p.channels.includes("EMAIL_INSTANT") && !p.channels.includes("EMAIL_DIGEST"))).toBe(true);
});

test("a worker killed mid-batch and restarted sends no duplicate email", async ({ smtp, worker }) => {
  // Held sends time out (SMTP timeouts stay below the 3 s test lease) and are retried after their
  // backoff (10 s), or taken over when the killed worker's lease runs out: either way once.
  test.setTimeout(90_000);
  const { slug } = await makeInitiative({ title: { en: "Crash test initiative" } });
  await record(slug, 49_000);
  const followers = await Promise.all(Array.from({ length: 24 }, () => makeUser()));
  for (const f of followers) await follow(f, { target: "initiative", id: slug });

  smtp.holdAfter(8);
  worker.start();
  await record(slug, 50_200);
  // Eight accepted, the next ones held by the SMTP server: the worker is mid-batch.
  await expect.poll(() => smtp.stalled, { timeout: 20_000 }).toBeGreaterThan(0);
  const delivered = followers.filter((f) => smtp.to(f.email).length > 0).length;
  expect(delivered).toBe(8);
  await worker.kill();

  smtp.holdAfter(Number.POSITIVE_INFINITY);
  worker.start();
  const emails = () => db().emailOutbox.findMany({ where: { userId: { in: followers.map((f) => f.userId) } }, select: { status: true } });
  await expect.poll(async () => (await emails()).filter((e) => e.status === "SENT").length, { timeout: 60_000 }).toBe(24);
  for (const f of followers) expect(smtp.to(f.email).filter((m) => m.subject.includes("Crash test initiative"))).toHaveLength(1);
});
