// A truthful process on the status page: a decision with its vote tally published through the
// console, a hearing scheduled through the console (on the page with its documents, and in the
// calendar), and the ladder as the path taken plus the alternatives ahead. Each change is read back
// from the public, cached (ISR, tag-invalidated) page by an anonymous visitor.
import ICAL from "ical.js";
import { BASE_URL } from "../playwright.config";
import { auditRows, createInitiative, expect, SESSION_COOKIE, test } from "./fixtures";
import { expectConforms } from "./support/openapi";

const RESPONSES = "/api/v1/initiatives/{slug}/responses";

test("an admin publishes a decision with its vote tally through the console; the public page shows it", async ({ signIn, page }) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page, { title: "Longer opening hours for libraries" });
  // Cached before the decision: the publication must invalidate it.
  await page.goto(`/initiatives/${slug}`);
  const responses = page.getByRole("region", { name: "Official response and outcome" });
  await expect(responses).toContainText("No official response yet.");

  await admin.page.goto(`/admin/initiatives/${slug}/responses`);
  const form = admin.page.getByTestId("response-form");
  const votes = form.getByRole("group", { name: "Vote tally" });
  await form.getByLabel("Kind").selectOption({ label: "Government response" });
  await form.getByLabel("Date").fill("2015-09-01");
  await form.getByRole("group", { name: "Responding body" }).getByLabel("In English").fill("Parliament of Finland");
  await form.getByRole("group", { name: "Summary" }).getByLabel("In English").fill("Parliament adopted the initiative.");
  await votes.getByLabel(/^For/).fill("104");
  await votes.getByLabel(/^Against/).fill("41");
  await votes.getByLabel(/^Abstentions/).fill("2");
  await votes.getByLabel(/^Absent/).fill("52");
  await form.getByRole("button", { name: "Publish response" }).click();
  // A tally on a government response is refused, field by field, with what was typed kept.
  const summary = admin.page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("For: A vote tally belongs to a decision");
  await expect(summary).toContainText("Absent: A vote tally belongs to a decision");
  await expect(votes.getByLabel(/^For/)).toHaveValue("104");
  expect(await auditRows({ initiativeSlug: slug, action: "response.create" })).toEqual([]);

  await form.getByLabel("Kind").selectOption({ label: "Decision" });
  await form.getByLabel(/^Decision/).selectOption({ label: "Adopted" });
  await form.getByRole("button", { name: "Publish response" }).click();
  await expect(admin.page.getByText("Response published.")).toBeVisible();
  expect(await auditRows({ initiativeSlug: slug, action: "response.create" })).toEqual([
    { action: "response.create", via: "web", actorLabel: admin.user.email },
  ]);

  await page.reload();
  await expect(responses.getByText("Decision: Adopted (104 for, 41 against, 2 abstentions, 52 absent)")).toBeVisible();
  await page.goto(`/fi/initiatives/${slug}`);
  await expect(page.getByText("Päätös: Hyväksytty (104 puolesta, 41 vastaan, 2 tyhjää, 52 poissa)")).toBeVisible();
  const api = await (await page.request.get(`/api/v1/initiatives/${slug}`)).json();
  expect(api.responses[0]).toMatchObject({
    kind: "DECISION",
    decision: "ADOPTED",
    votesFor: 104,
    votesAgainst: 41,
    abstentions: 2,
    absent: 52,
  });
});

test("an admin schedules a hearing through the console: the page shows its date and documents, the calendar its event", async ({
  signIn,
  page,
  playwright,
}) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page, { scheme: "eci", title: "A European right to repair" });
  // The way to submission, through the write API as the same admin (same-origin session).
  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${admin.token}` } });
  const steps = ["collecting", "collection-closed", "verification", "verified", "submitted"];
  for (const [i, stage] of steps.entries()) {
    const response = await api.post(`/api/v1/initiatives/${slug}/events`, {
      headers: { Origin: BASE_URL },
      data: { stage, occurredAt: `2015-0${i + 2}-01T10:00:00Z` },
    });
    expect(response.status(), stage).toBe(201);
  }
  await api.dispose();
  await page.goto(`/initiatives/${slug}`);
  const process = page.getByRole("region", { name: "Where it is in the process" });
  await expect(process.getByRole("list", { name: "What can happen next" })).toContainText("Public hearing in the European Parliament");

  await admin.page.goto(`/admin/initiatives/${slug}/stages`);
  const form = admin.page.getByTestId("stage-form");
  await form.getByLabel("Next stage", { exact: true }).selectOption({ label: "Public hearing in the European Parliament" });
  await form.getByLabel(/^Scheduled for/).fill("2027-03-15T15:00");
  await form.getByLabel(/^Document 1: title/).fill("Hearing programme");
  await form.getByLabel(/^Document 1: address/).fill("https://www.europarl.europa.eu/hearings/right-to-repair.pdf");
  await form.getByRole("button", { name: "Record stage" }).click();
  await expect(admin.page.getByText("Stage recorded.")).toBeVisible();

  await page.reload();
  const hearing = process.getByRole("list", { name: "Stages reached" }).locator(":scope > li").filter({ hasText: "Public hearing" });
  await expect(hearing).toHaveAttribute("aria-current", "step");
  await expect(hearing).toContainText("Scheduled for 15 March 2027");
  await expect(hearing.getByRole("list", { name: "Documents" }).getByRole("link", { name: "Hearing programme" })).toHaveAttribute(
    "href",
    "https://www.europarl.europa.eu/hearings/right-to-repair.pdf",
  );

  const ics = await page.request.get(`/initiatives/${slug}/calendar.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const event = events.find((e) => e.summary.startsWith("Public hearing in the European Parliament"));
  expect(event?.summary).toBe("Public hearing in the European Parliament: A European right to repair");
  expect(event?.startDate.toString()).toBe("2027-03-15");
  expect(event?.startDate.isDate).toBe(true);
  expect(String(event?.component.getFirstPropertyValue("url"))).toMatch(new RegExp(`/initiatives/${slug}$`));
});

test("the ladder shows the path taken, then the outcomes as one group of alternatives", async ({ page }) => {
  // The 2024 Finnish initiative: verified, not yet submitted (seeded).
  await page.goto("/initiatives/ottawa-withdrawal-2024");
  const process = page.getByRole("region", { name: "Where it is in the process" });
  const path = process.getByRole("list", { name: "Stages reached" });
  const steps = path.locator(":scope > li");
  await expect(steps).toHaveText([/^Collecting statements/, /^Collection ended/, /^Being verified/, /^Statements verified/]);
  await expect(steps.last()).toHaveAttribute("aria-current", "step");
  // Adopted and rejected are never steps of the path, only alternatives in one list.
  await expect(path).not.toContainText("Adopted by Parliament");
  const next = process.getByRole("list", { name: "What can happen next" });
  await expect(next.getByRole("listitem")).toHaveText([/Submitted to Parliament/, /Did not reach 50,000/]);
  await expect(next).toHaveAccessibleDescription("Only one of these can come next.");
  const outcomes = process.getByRole("list", { name: "Possible outcomes" });
  await expect(outcomes.getByRole("listitem")).toHaveText([/Adopted by Parliament/, /Rejected by Parliament/, /Lapsed/, /Did not reach/]);

  // A finished initiative: only its path, ending in the outcome that happened.
  await page.goto("/initiatives/ottawa-withdrawal-2022");
  const lapsed = page.getByRole("region", { name: "Where it is in the process" });
  await expect(lapsed.getByRole("list", { name: "Stages reached" }).locator(":scope > li").last()).toContainText(
    "Outcome Lapsed at the end of the electoral term",
  );
  await expect(lapsed).not.toContainText("Decision in plenary");
  await expect(lapsed.getByRole("list", { name: "What can happen next" })).toHaveCount(0);
  await expect(lapsed.getByRole("list", { name: "Possible outcomes" })).toHaveCount(0);

  // A UK petition whose collection ended in 2019 (our last data from the source is from April 2019).
  await page.goto("/initiatives/revoke-article-50-and-remain-in-the-eu-241584");
  const closed = page
    .getByRole("region", { name: "Where it is in the process" })
    .getByRole("list", { name: "Stages reached" })
    .locator(":scope > li")
    .filter({ hasText: "Closed to signatures" });
  await expect(closed).toContainText("Reached 20 August 2019 (the end of the collection period under the rules)");
});

test("the write API publishes a decision with its tally, and refuses a tally on a government response field by field", async ({
  signIn,
  page,
  playwright,
}) => {
  const admin = await signIn("ADMIN");
  const slug = await createInitiative(admin.page);
  const api = await playwright.request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${admin.token}`, Origin: BASE_URL },
  });
  const body = {
    kind: "GOVERNMENT_RESPONSE",
    respondingBody: { en: "Parliament of Finland" },
    respondedAt: "2015-10-01",
    summary: { en: "Parliament rejected the initiative." },
    votesFor: 41,
    votesAgainst: 104,
  };
  const refused = await api.post(`/api/v1/initiatives/${slug}/responses`, { data: body });
  expect(refused.status()).toBe(422);
  const error = await refused.json();
  expect(error.error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
    ["votesFor", "tallyNeedsDecision"],
    ["votesAgainst", "tallyNeedsDecision"],
  ]);
  await expectConforms(page.request, "POST", RESPONSES, 422, error);

  const published = await api.post(`/api/v1/initiatives/${slug}/responses`, { data: { ...body, kind: "DECISION", decision: "REJECTED" } });
  expect(published.status()).toBe(201);
  const out = await published.json();
  expect(out).toMatchObject({ initiative: slug, created: true, changed: true, version: 1 });
  await expectConforms(page.request, "POST", RESPONSES, 201, out);
  await api.dispose();
  expect(await auditRows({ initiativeSlug: slug, action: "response.create" })).toEqual([
    { action: "response.create", via: "api", actorLabel: admin.user.email },
  ]);
  await page.goto(`/initiatives/${slug}`);
  await expect(page.getByText("Decision: Rejected (41 for, 104 against)")).toBeVisible();
});
