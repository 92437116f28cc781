// The write API's route handlers against a real database, with real tokens (sessions are covered
// end to end in e2e/write-api.spec.ts, where a browser session exists).
import { describe, expect, it, vi } from "vitest";
import { publicOrigins } from "@/lib/auth/same-origin";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { rows, setRole } from "@/lib/testing/rows";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import type { TApiScope } from "@/lib/tokens/schemas";
import { POST as counts } from "./initiatives/[slug]/counts/route";
import { POST as events } from "./initiatives/[slug]/events/route";

// Auth.js only runs inside Next (it imports next/server); here nobody has a session, which is the
// anonymous case. Tokens, the part under test, are real.
vi.mock("@/lib/auth/auth", () => ({ auth: () => Promise.resolve(null) }));

const ctx = { via: "web" as const };

async function tokenFor(role: "EDITOR" | "ADMIN" = "ADMIN", scopes: TApiScope[] = ["counts:write", "events:write"]) {
  const admin = await makeUser("ADMIN");
  const { secret } = await createToken(admin, { name: "test", scopes }, ctx);
  if (role === "EDITOR") await setRole(admin.userId, "EDITOR");
  return { secret, user: admin };
}

function post(route: typeof counts, slug: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/initiatives/${slug}/counts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return route(request, { params: Promise.resolve({ slug }) });
}
const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

describe("POST /api/v1/initiatives/{slug}/counts (real PostgreSQL)", () => {
  it("records one observation with a token, privately, with exactly one audit row", async () => {
    const { secret, user } = await tokenFor();
    const { slug, id } = await makeInitiative();
    const response = await post(
      counts,
      slug,
      { value: 1234, observedAt: "2026-01-06T10:00:00Z", sourceUrl: "https://example.org/c" },
      bearer(secret),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ initiative: slug, created: 1, latestTotal: 1234, flags: [] });
    const stored = await rows.observations(id);
    expect(stored).toMatchObject([{ value: 1234, source: "api", enteredById: user.userId }]);
    expect(await rows.observationAudit(id)).toMatchObject([{ action: "observation.create", via: "api", actorId: user.userId }]);
    const token = await rows.tokenOf(user.userId);
    expect(token.lastUsedAt).toBeInstanceOf(Date);
  });

  it("records a batch all or nothing: one bad observation stores none and names it", async () => {
    const { secret } = await tokenFor();
    const { slug, id } = await makeInitiative();
    const bad = await post(
      counts,
      slug,
      {
        observations: [
          { value: 10, observedAt: "2026-01-06T10:00:00Z" },
          { value: -5, observedAt: "2026-01-07T10:00:00Z" },
        ],
      },
      bearer(secret),
    );
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      error: { code: "INVALID_INPUT", issues: [{ path: "observations.1.value", code: "negative", message: "A count cannot be negative" }] },
    });
    expect(await rows.observationCount(id)).toBe(0);
    expect(await rows.observationAuditCount(id)).toBe(0);
    const good = await post(
      counts,
      slug,
      {
        observations: [
          { value: 10, observedAt: "2026-01-06T10:00:00Z" },
          { value: 20, observedAt: "2026-01-07T10:00:00Z" },
        ],
      },
      bearer(secret),
    );
    expect(good.status).toBe(201);
    expect(await rows.observationAudit(id)).toMatchObject([{ action: "observation.bulk_create" }]);
  });

  it("refuses bad values with 422 and a message for the field, storing nothing", async () => {
    const { secret } = await tokenFor();
    const { slug, id } = await makeInitiative();
    const cases: [unknown, string][] = [
      [{ value: -1, observedAt: "2026-01-06T10:00:00Z" }, "value"],
      [{ value: 1.5, observedAt: "2026-01-06T10:00:00Z" }, "value"],
      [{ value: 1_000_000_001, observedAt: "2026-01-06T10:00:00Z" }, "value"],
      [{ value: 1, observedAt: new Date(Date.now() + 3_600_000).toISOString() }, "observedAt"],
      [{ value: 1, observedAt: "2026-01-06T10:00:00Z", region: "DE" }, "region"],
      [{ value: 1, observedAt: "2026-01-06T10:00:00Z", note: "<script>alert(1)</script>" }, "note"],
      [{ value: 1, observedAt: "2026-01-06T10:00:00Z", sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
    ];
    for (const [body, field] of cases) {
      const response = await post(counts, slug, body, bearer(secret));
      expect(response.status, JSON.stringify(body)).toBe(422);
      const json = (await response.json()) as { error: { issues: { path: string }[] } };
      expect(
        json.error.issues.map((i) => i.path),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect(await rows.observationCount(id)).toBe(0);
    expect(await rows.observationAuditCount(id)).toBe(0);
  });

  it("answers 401 without a valid token, 403 without the scope or the role, 400 for non-JSON, 404 for no initiative", async () => {
    const { slug } = await makeInitiative();
    const one = { value: 1, observedAt: "2026-01-06T10:00:00Z" };
    const ours = { Origin: publicOrigins()[0] as string };
    expect((await post(counts, slug, one, ours)).status).toBe(401);
    expect((await post(counts, slug, one, bearer("thr_notatokennotatokennotatoken"))).status).toBe(401);
    // Neither a token nor our Origin: refused by the one same-origin rule.
    expect((await post(counts, slug, one)).status).toBe(403);
    // A request from another site is refused before anyone is looked up (the one same-origin rule).
    expect((await post(counts, slug, one, { Origin: "https://evil.example" })).status).toBe(403);
    expect((await post(counts, slug, one, { Cookie: "authjs.session-token=x", "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    const eventsOnly = await tokenFor("ADMIN", ["events:write"]);
    const forbidden = await post(counts, slug, one, bearer(eventsOnly.secret));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({
      error: { code: "FORBIDDEN", message: "This token does not have the counts:write scope." },
    });
    const demoted = await tokenFor();
    await setRole(demoted.user.userId, "USER");
    expect((await post(counts, slug, one, bearer(demoted.secret))).status).toBe(403);
    const { secret } = await tokenFor("EDITOR");
    expect((await post(counts, slug, "{not json", bearer(secret))).status).toBe(400);
    expect((await post(counts, "no-such-initiative-x", one, bearer(secret))).status).toBe(404);
    expect((await post(counts, slug, one, bearer(secret))).status).toBe(201);
  });

  it("refuses a body over 5 MB with 413 before reading it, and reads local times in the initiative's time zone", async () => {
    const { secret } = await tokenFor("EDITOR");
    const { slug, id } = await makeInitiative();
    const huge = JSON.stringify({ observations: [{ value: 1, observedAt: "2026-01-06T10:00:00Z", note: "x".repeat(6 * 1024 * 1024) }] });
    const tooLarge = await post(counts, slug, huge, bearer(secret));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    // A single observation's issues are named after its own fields.
    const bad = await post(counts, slug, { value: -1, observedAt: "2026-01-06T10:00:00Z" }, bearer(secret));
    expect(await bad.json()).toMatchObject({ error: { issues: [{ path: "value", code: "negative" }] } });
    // Helsinki is UTC+2 in January: 12:00 local is 10:00 UTC.
    expect((await post(counts, slug, { value: 5, observedAt: "2026-01-06T12:00" }, bearer(secret))).status).toBe(201);
    const stored = await rows.firstObservation(id);
    expect(stored.observedAt.toISOString()).toBe("2026-01-06T10:00:00.000Z");
  });

  it("stops accepting a token once it is revoked", async () => {
    const { secret, user } = await tokenFor();
    const { slug } = await makeInitiative();
    const token = await rows.tokenOf(user.userId);
    expect(token.tokenHash).not.toContain(secret.slice(4));
    await revokeToken(user, { tokenId: token.id }, ctx);
    expect((await post(counts, slug, { value: 1, observedAt: "2026-01-06T10:00:00Z" }, bearer(secret))).status).toBe(401);
  });
});

describe("POST /api/v1/initiatives/{slug}/events (real PostgreSQL)", () => {
  it("records an allowed transition, refuses others and stale versions", async () => {
    const { secret } = await tokenFor("EDITOR", ["events:write"]);
    const { slug, id } = await makeInitiative();
    const ok = await post(
      events,
      slug,
      { stage: "collection-ended", occurredAt: "2026-02-01T00:00:00Z", expectedVersion: 1 },
      bearer(secret),
    );
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ initiative: slug, stage: "collection-ended", version: 2 });
    const stale = await post(
      events,
      slug,
      { stage: "verification", occurredAt: "2026-02-02T00:00:00Z", expectedVersion: 1 },
      bearer(secret),
    );
    expect(stale.status).toBe(409);
    const notAllowed = await post(events, slug, { stage: "adopted", occurredAt: "2026-02-02T00:00:00Z" }, bearer(secret));
    expect(notAllowed.status).toBe(422);
    expect(await notAllowed.json()).toMatchObject({ error: { issues: [{ path: "stage" }] } });
    const countsToken = await tokenFor("ADMIN", ["counts:write"]);
    expect(
      (await post(events, slug, { stage: "verification", occurredAt: "2026-02-02T00:00:00Z" }, bearer(countsToken.secret))).status,
    ).toBe(403);
    expect(await rows.stageEventCount(id)).toBe(2);
  });
});
