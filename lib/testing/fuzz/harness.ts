// Property-based fuzzing of the endpoints found in app/ (app/routes.fuzz.test.ts and
// app/actions.fuzz.test.ts call fuzzEndpoints): each route handler and server action is called
// in-process, against a real PostgreSQL database of the file's own (setup.ts), with inputs generated
// from its zod schema (zod-arbitrary.ts) and hostile variants of them (wrong types, huge and hostile
// strings, prototype keys, missing and extra fields, bodies that are not JSON or come with the wrong
// content type; hostile.ts). Mutating endpoints get FUZZ_RUNS cases each (default 1,000): never a
// 5xx, and a refused request (4xx) changes no row (a trigger on every table notes each change;
// changes.ts). Read endpoints get FUZZ_READ_RUNS random query strings (default 100): never a 5xx.
// The cases per endpoint are printed at the end. FUZZ_SEED replays a run; FUZZ_ONLY=<text> fuzzes
// only the endpoints whose key contains it; FUZZ_DEBUG=1 prints each endpoint's commonest answers.
// Endpoints are found by reading app/ (discover.ts, like the authorization e2e test), so a new one is
// fuzzed without being listed; one without a schema fails here until its input is described
// (inputs.ts). call.ts calls them as Next would; tally.ts counts the answers.
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAction, callRoute } from "./call";
import { installChangeLog, type ChangeLog } from "./changes";
import { discover, inputSchema, needsOf, type Endpoint, type RouteEndpoint } from "./discover";
import { asFormData, formBodies, jsonBodies, queryStrings } from "./hostile";
import { session, type Person } from "./session";
import { count, note, report } from "./tally";
import { anyJson, arbitraryFor, type Hints } from "./zod-arbitrary";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const READ_RUNS = Number(process.env.FUZZ_READ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ORIGIN = "http://localhost:3000";

// FUZZ_ONLY=<text> fuzzes only the endpoints whose key contains it (while working on one).
const only = (e: Endpoint) => !process.env.FUZZ_ONLY || e.key.includes(process.env.FUZZ_ONLY);

type Fixtures = {
  people: Record<Person["role"], Person>;
  slug: () => Promise<string>;
  topic: string;
  jurisdiction: string;
  /** A new webhook of the USER's (the person the webhook routes' cases are mostly sent as). */
  webhook: () => Promise<string>;
};
let fixtures: Fixtures;
let changes: ChangeLog;

async function setUp(): Promise<void> {
  const { db } = await import("@/lib/db");
  const { makeInitiative, makeUser, unique } = await import("@/lib/testing/factories");
  const { saveTopic } = await import("@/lib/topics/save-topic");
  const person = async (role: Person["role"]): Promise<Person> => {
    const u = await makeUser(role);
    return { id: u.userId, email: u.email, role };
  };
  const people = { USER: await person("USER"), EDITOR: await person("EDITOR"), ADMIN: await person("ADMIN") };
  const admin = { kind: "user" as const, userId: people.ADMIN.id, email: people.ADMIN.email, role: "ADMIN" as const };
  const topic = unique("fuzz-topic");
  await saveTopic(admin, { slug: topic, name: { en: "Fuzz topic" } }, { via: "web" });
  const jurisdiction = (await db().jurisdiction.findFirstOrThrow({ select: { code: true } })).code;
  const { createWebhook } = await import("@/lib/webhooks/manage-webhooks");
  const user = { kind: "user" as const, userId: people.USER.id, email: people.USER.email, role: "USER" as const };
  const webhook = async () => {
    // One person may have only a few: the ones the fuzzing made go first.
    await db().webhookSubscription.deleteMany({ where: { userId: user.userId } });
    return (await createWebhook(user, { url: "https://1.1.1.1/fuzz-hook" })).id;
  };
  // A fixture, not a case: on a loaded machine its transaction can pass Prisma's 5 s; try again.
  const slug = async (tries = 3): Promise<string> => {
    try {
      return (await makeInitiative()).slug;
    } catch (e) {
      if (tries <= 1 || (e as { code?: unknown }).code !== "P2028") throw e;
      return slug(tries - 1);
    }
  };
  fixtures = { people, slug: () => slug(), topic, jurisdiction, webhook };
  changes = await installChangeLog(process.env.DATABASE_URL as string);
}

/** Ids, slugs and codes that exist now (with fresh ones where a new value is wanted), by field name. */
async function hintsFor(slug: string): Promise<Hints> {
  const { db } = await import("@/lib/db");
  const take = 20;
  const [initiatives, topics, jurisdictions, schemes, users, tokens, observations, flags, states, notifications, current] =
    await Promise.all([
      db().initiative.findMany({ select: { slug: true }, orderBy: { createdAt: "desc" }, take }),
      db().topic.findMany({ select: { slug: true }, take }),
      db().jurisdiction.findMany({ select: { code: true }, take }),
      db().scheme.findMany({ select: { code: true }, take }),
      db().user.findMany({ select: { id: true, email: true }, take }),
      db().apiToken.findMany({ select: { id: true }, take }),
      db().countObservation.findMany({ select: { id: true }, orderBy: { observedAt: "desc" }, take }),
      db().dataQualityFlag.findMany({ select: { id: true }, take }),
      db().importState.findMany({ select: { id: true }, take }),
      db().notification.findMany({ select: { id: true }, take }),
      db().initiative.findUnique({ where: { slug }, select: { rules: true } }),
    ]);
  /** One of the values of `key` in `rows` (or `fallback` when there are none). */
  const among = <R extends Record<string, unknown>>(rows: R[], key: keyof R, fallback = "none") =>
    fc.constantFrom(...(rows.length ? rows.map((r) => r[key]) : [fallback]));
  const slugs = [{ slug }, ...initiatives];
  const fresh = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 8, maxLength: 8 }).map((h) => `fuzz-${h}`);
  const stages = [...JSON.stringify(current?.rules ?? {}).matchAll(/"code":"([^"]+)"/g)].map((m) => ({ code: m[1] as string }));
  return {
    slug: fc.oneof(among(slugs, "slug"), fresh),
    initiative: among(slugs, "slug"),
    topicSlug: among(topics, "slug", fixtures.topic),
    id: fc.oneof(among(slugs, "slug"), among(topics, "slug", fixtures.topic), among(notifications, "id")),
    schemeCode: among(schemes, "code"),
    jurisdictionCode: among(jurisdictions, "code", fixtures.jurisdiction),
    countryCode: fc.constantFrom("FI", "PL", "DE", "SE"),
    userId: among(users, "id"),
    email: among(users, "email", "nobody@example.org"),
    tokenId: among(tokens, "id"),
    observationId: among(observations, "id"),
    supersedesId: among(observations, "id"),
    flagId: among(flags, "id"),
    stateId: among(states, "id"),
    stage: among(stages, "code"),
    expectedVersion: fc.integer({ min: 1, max: 5 }),
    value: fc.integer({ min: 0, max: 2_000_000 }),
    region: fc.constantFrom("", "FI", "PL", "DE"),
    url: fc.constantFrom("https://1.1.1.1/hook", "https://example.org/hook", "http://127.0.0.1:9/hook", "https://[::1]/x"),
    initiatives: fc.array(among(slugs, "slug"), { maxLength: 3 }),
    topics: fc.array(among(topics, "slug", fixtures.topic), { maxLength: 3 }),
    jurisdictions: fc.array(among(jurisdictions, "code", fixtures.jurisdiction), { maxLength: 3 }),
    timeZone: fc.constantFrom("Europe/Helsinki", "Europe/London", "Mars/Olympus"),
  };
}

/** Values for dynamic segments, by the folder before them; a segment without one fails (add it here). */
type Sample = { slug: string; webhook: string };
function paramsFor(file: string, hostile: string | null, sample: Sample): { path: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const segments: string[] = [];
  const parts = path.dirname(file).split("/").slice(1);
  for (const [i, s] of parts.entries()) {
    const m = s.match(/^\[(\w+)\]$/);
    if (!m) {
      if (!/^\(.*\)$/.test(s)) segments.push(s);
      continue;
    }
    const name = m[1] as string;
    const before = parts[i - 1];
    let value: string;
    if (name === "locale") value = hostile ?? "en";
    else if (hostile !== null) value = hostile;
    else if (before === "topics") value = fixtures.topic;
    else if (before === "jurisdictions") value = fixtures.jurisdiction;
    else if (before === "webhooks") value = sample.webhook;
    else if (name === "slug") value = sample.slug;
    else throw new Error(`No sample value for [${name}] in ${file}: add one to paramsFor()`);
    params[name] = value;
    segments.push(encodeURIComponent(value));
  }
  return { path: `/${segments.join("/")}`, params };
}

/** A webhook to address, for the routes of one. */
const webhookFor = (e: Endpoint) => (e.file.includes("/webhooks/[id]/") ? fixtures.webhook() : Promise.resolve(""));

type Who = "required" | "anonymous" | "USER";
const who = fc.oneof(
  { arbitrary: fc.constant<Who>("required"), weight: 10 },
  { arbitrary: fc.constantFrom<Who>("anonymous", "USER"), weight: 2 },
);
/** Sends each case as the person the endpoint needs (mostly), or as someone it should refuse. */
function signIn(needs: "public" | Person["role"], as: Who) {
  if (as === "anonymous") session.current = null;
  else if (as === "USER" || needs === "public") session.current = fixtures.people.USER;
  else session.current = fixtures.people[needs];
}
/** Mostly the sample value of each dynamic segment (null), sometimes a hostile one. */
const hostileSegment = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  { arbitrary: fc.oneof(fc.constantFrom("..", "%", "__proto__", "x".repeat(300), "\u0000", "fi", "sv", "de"), fc.string()), weight: 1 },
);

/**
 * Fuzzes the route handlers or the server actions found in app/ (two files, so two workers share
 * the work). `least` is what exists today, as a check that the reading of app/ works.
 */
export async function fuzzEndpoints(kind: Endpoint["kind"], least: { mutating: number; reads: number }): Promise<void> {
  const found = await discover();
  const endpoints = found.endpoints.filter((e) => e.kind === kind);
  const mutating = endpoints.filter((e) => e.kind === "action" || e.method !== "GET");
  const reads = endpoints.filter((e): e is RouteEndpoint => e.kind === "route" && e.method === "GET");
  beforeAll(setUp, 120_000);
  afterAll(async () => {
    report(SEED);
    await changes?.close();
  });
  describe(`fuzzing every ${kind === "route" ? "route handler" : "server action"} found in app/`, () => {
    fuzzAll(
      found.undeclared.filter((u) => (kind === "route" ? !u.includes("#") : u.includes("#"))),
      mutating,
      reads,
      least,
    );
  });
}

function fuzzAll(undeclared: string[], mutating: Endpoint[], reads: RouteEndpoint[], least: { mutating: number; reads: number }): void {
  it("finds them, each declared and with an input schema", () => {
    expect(undeclared).toEqual([]);
    expect(
      mutating.filter((e) => inputSchema(e) === undefined).map((e) => `${e.key}: add its input schema to lib/testing/fuzz/inputs.ts`),
    ).toEqual([]);
    expect(mutating.length).toBeGreaterThanOrEqual(least.mutating);
    expect(reads.length).toBeGreaterThanOrEqual(least.reads);
  });

  it("the change log sees a changed row, and only a changed one", async () => {
    const { db } = await import("@/lib/db");
    const user = { where: { id: fixtures.people.USER.id }, data: { name: "Changed by the fuzz test" } };
    await changes.since();
    await db().user.update(user);
    expect(await changes.since()).toEqual(["public.User UPDATE × 1"]);
    // A query that changes nothing (no row, or the same values) is not a change.
    await db().user.updateMany({ where: { id: "no-such-user" }, data: user.data });
    await db().$executeRaw`UPDATE "User" SET name = name WHERE id = ${fixtures.people.USER.id}`;
    expect(await changes.since()).toEqual([]);
  });

  for (const e of mutating.filter(only)) {
    it(`${e.key}: ${RUNS} cases, never a 5xx, nothing changed when refused`, async () => {
      const schema = inputSchema(e);
      const needs = needsOf(e);
      let slug = await fixtures.slug();
      const webhook = await webhookFor(e);
      const valid = schema ? arbitraryFor(schema, await hintsFor(slug)) : anyJson;
      await changes.since(); // the fixture's own rows
      let cases = 0;
      const bodies = e.kind === "action" || e.handler.spec.bodyType === "form" ? formBodies(valid) : jsonBodies(valid);
      const property = fc.asyncProperty(
        bodies,
        who,
        hostileSegment,
        fc.option(fc.constantFrom("fi", "sv", "xx", ""), { freq: 2 }),
        fc.oneof(
          { arbitrary: fc.constant(ORIGIN), weight: 12 },
          { arbitrary: fc.constantFrom(null, "https://evil.example", "null"), weight: 1 },
        ),
        async (body, as, segment, locale, origin) => {
          // A fresh initiative now and then: some cases withdraw or close the one they are given.
          if (++cases % 100 === 0) {
            slug = await fixtures.slug();
            await changes.since();
          }
          signIn(needs, as);
          let result: { status: number; text: string };
          if (e.kind === "route") {
            const { path: p, params } = paramsFor(e.file, segment, { slug, webhook });
            result = await callRoute(e, `${ORIGIN}${p}`, params, body, origin);
          } else {
            const form = asFormData(body);
            if (e.action.spec.initiative) form.set("initiative", segment ?? slug);
            if (locale !== null) form.set("locale", locale);
            result = await callAction(e, form);
          }
          count(e.key, result.status);
          note(e.key, result.status, result.text);
          const changed = await changes.since();

          expect(result.status, `${e.key} answered ${result.status}: ${result.text.slice(0, 2000)}`).toBeLessThan(500);
          if (result.status >= 400) expect(changed, `${e.key} refused with ${result.status} but changed rows`).toEqual([]);
        },
      );
      await fc.assert(property, { numRuns: RUNS, seed: SEED, verbose: 1 });
    }, 600_000);
  }

  for (const e of reads.filter(only)) {
    it(`${e.key}: ${READ_RUNS} random query strings, never a 5xx`, async () => {
      const slug = await fixtures.slug();
      const webhook = await webhookFor(e);
      const query = e.handler.spec.query ? arbitraryFor(e.handler.spec.query, await hintsFor(slug)) : null;
      const property = fc.asyncProperty(queryStrings(query), who, hostileSegment, async (qs, as, segment) => {
        signIn(needsOf(e), as);
        const { path: p, params } = paramsFor(e.file, segment, { slug, webhook });
        const result = await callRoute(e, `${ORIGIN}${p}?${qs}`, params, null, null);
        count(e.key, result.status);
        expect(result.status, `${e.key}?${qs} answered ${result.status}: ${result.text.slice(0, 2000)}`).toBeLessThan(500);
      });
      await fc.assert(property, { numRuns: READ_RUNS, seed: SEED, verbose: 1 });
    }, 600_000);
  }
}
