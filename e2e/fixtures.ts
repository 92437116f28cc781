// The one `test` of the e2e suite (Playwright's mergeTests of its fixtures): real people with real
// database sessions (a Session row and the Auth.js cookie, exactly what signing in produces; the app
// has no test switches), the SMTP server, and direct reads of the database to assert effects (audit
// rows, stored counts). People are made by the same factory as the integration tests.
import { randomBytes, randomUUID } from "node:crypto";
import { test as base, expect, mergeTests, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import type { UserActor } from "@/lib/auth/actor";
import { makeUser, unique } from "@/lib/testing/factories";
import { BASE_URL } from "../playwright.config";
import { smtpTest } from "./support/smtp-fixture";
import { workerTest } from "./support/worker";

export type Role = UserActor["role"];
export { makeUser, unique };

// The test runner (e2e/run.ts) passes the database of this run.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, allowExitOnIdle: true });

export async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(text, values)).rows;
}

/** A database session for the user, as Auth.js creates on sign-in; returns its cookie value. */
export async function createSession(userId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await sql(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    randomUUID(),
    token,
    userId,
  ]);
  return token;
}

export const SESSION_COOKIE = "authjs.session-token";

export async function signedInContext(browser: Browser, role: Role, options: { javaScriptEnabled?: boolean } = {}) {
  const user = await makeUser(role);
  const token = await createSession(user.userId);
  const context = await browser.newContext({ baseURL: BASE_URL, locale: "en-GB", timezoneId: "Europe/Helsinki", ...options });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return { context, page: await context.newPage(), user, token };
}

type SignedIn = { context: BrowserContext; page: Page; user: UserActor; token: string };

const signInTest = base.extend<{ signIn: (role: Role, options?: { javaScriptEnabled?: boolean }) => Promise<SignedIn> }>({
  signIn: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (role, options) => {
      const s = await signedInContext(browser, role, options);
      opened.push(s.context);
      return s;
    });
    for (const c of opened) await c.close();
  },
});
export const test = mergeTests(smtpTest, signInTest, workerTest);
export { expect };

/**
 * Registers an initiative through the admin form (as an admin would) and returns its slug. It is
 * a historical one (collected in 2015, counts dated then), so test initiatives never push the
 * seeded ones off the front page's lists that other tests read.
 */
export async function createInitiative(admin: Page, options: { scheme?: string; title?: string; topics?: string[] } = {}): Promise<string> {
  const slug = unique("e2e");
  await admin.goto("/admin/initiatives/new");
  const form = admin.getByTestId("create-initiative-form");
  await form.getByLabel("Scheme", { exact: true }).selectOption(options.scheme ?? "fi-citizens-initiative");
  await form.getByLabel(/^Address/).fill(slug);
  await form
    .getByRole("group", { name: "Title" })
    .getByLabel("In English")
    .fill(options.title ?? `E2E initiative ${slug}`);
  await form.getByRole("group", { name: "Summary" }).getByLabel("In English").fill("Made by an end-to-end test.");
  await form.getByLabel("Collection opened").fill("2015-01-05T12:00");
  for (const topic of options.topics ?? []) await form.getByRole("group", { name: "Topics" }).getByLabel(topic).check();
  await form.getByRole("button", { name: "Register initiative" }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/initiatives/${slug}$`));
  return slug;
}

export async function auditRows(where: { actorId?: string; initiativeSlug?: string; action?: string }) {
  const clauses: string[] = [];
  const values: unknown[] = [];
  if (where.actorId) clauses.push(`a."actorId" = $${values.push(where.actorId)}`);
  if (where.action) clauses.push(`a.action = $${values.push(where.action)}`);
  if (where.initiativeSlug) clauses.push(`i.slug = $${values.push(where.initiativeSlug)}`);
  return sql<{ action: string; via: string; actorLabel: string }>(
    `SELECT a.action, a.via, a."actorLabel" FROM "AuditEvent" a LEFT JOIN "Initiative" i ON i.id = a."initiativeId" WHERE ${clauses.join(" AND ") || "true"} ORDER BY a.id`,
    values,
  );
}

export async function observationCount(slug: string): Promise<number> {
  const rows = await sql<{ n: string }>(
    `SELECT count(*)::text AS n FROM "CountObservation" c JOIN "Initiative" i ON i.id = c."initiativeId" WHERE i.slug = $1`,
    [slug],
  );
  return Number(rows[0]?.n ?? 0);
}
