// The account, sign-in and unsubscribe pages, and the page of a withdrawn initiative (410), have no
// WCAG 2.2 A/AA violations that axe can find, each shown with content in it: follows with their
// event-kind forms, a notification, a token, a valid and an invalid unsubscribe link.
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follow";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";
import { fanOutEvent } from "@/lib/notifications/fan-out";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { makeInitiative } from "@/lib/testing/factories";
import { createToken } from "@/lib/tokens/create-token";
import { axeViolations } from "./support/axe";
import { expect, makeUser, test } from "./fixtures";

test("account pages are free of axe violations, with follows, a notification and a token", async ({ signIn }) => {
  test.setTimeout(120_000);
  const { page, user } = await signIn("USER");
  const { slug } = await makeInitiative({ title: { en: "Accessible alerts initiative" } });
  await follow(user, { target: "initiative", id: slug });
  await follow(user, { target: "topic", id: "ottawa-convention-withdrawal" });
  // The EU, not Finland: a follower of Finland would hear of other tests' initiatives (notifications.spec counts them).
  await follow(user, { target: "jurisdiction", id: "eu" });
  await recordCounts(systemActor("e2e-editor"), { slug }, { observations: [{ value: 50_100, observedAt: new Date() }] }, { via: "api" });
  const event = await db().domainEvent.findFirstOrThrow({ where: { initiative: { slug }, kind: "THRESHOLD_REACHED" } });
  await fanOutEvent(event.id);
  await createToken(user, { name: "Newsroom script", scopes: ["read", "webhooks"] }, { via: "web" });

  const violations: string[] = [];
  for (const path of [
    "/me",
    "/me?kinds=topic%3Aottawa-convention-withdrawal",
    "/me/notifications",
    "/me/preferences",
    "/me/preferences?saved=1",
    "/me/tokens",
    "/me/data",
    "/fi/me",
    "/sv/me/preferences",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
  }
  // The content was there to be checked.
  await page.goto("/me/notifications");
  await expect(page.getByTestId("notification")).toContainText("Accessible alerts initiative reached 50,000 signatures");
  await page.goto("/me");
  await expect(page.getByTestId("followed")).toHaveCount(3);
  expect(violations).toEqual([]);
});

test("sign-in, unsubscribe and withdrawn-initiative pages are free of axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  const person = await makeUser();
  const admin = await makeUser("ADMIN");
  const { slug, version } = await makeInitiative({ title: { en: "Withdrawn for the accessibility check" } });
  await withdrawInitiative(admin, { slug }, { reason: "The organisers withdrew it.", expectedVersion: version }, { via: "web" });

  const violations: string[] = [];
  const pages: [string, number][] = [
    ["/auth/signin", 200],
    ["/auth/signin?callbackUrl=%2Fme", 200],
    ["/auth/check-email", 200],
    ["/auth/error?error=Verification", 200],
    ["/auth/error", 200],
    ["/fi/auth/signin", 200],
    [`/unsubscribe?token=${unsubscribeToken(person.userId)}`, 200],
    [`/unsubscribe?token=${unsubscribeToken(person.userId)}&done=1`, 200],
    ["/unsubscribe?token=not-a-token", 200],
    [`/initiatives/${slug}`, 410],
    [`/sv/initiatives/${slug}`, 410],
  ];
  for (const [path, status] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
  }
  // A sign-in form showing its error is checked too.
  await page.goto("/auth/signin");
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  for (const v of await axeViolations(page)) violations.push(`sign-in with an error: ${v}`);
  expect(violations).toEqual([]);
});
