// Idempotency-Key on the write API against a real database: a retry stores nothing twice and gets
// the first answer again; the same key with another body is refused; keys are per caller; two
// requests with the same key at the same time write once.
import { describe, expect, it, vi } from "vitest";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { rows } from "@/lib/testing/rows";
import { createToken } from "@/lib/tokens/create-token";
import { POST as counts } from "./initiatives/[slug]/counts/route";
import { POST as events } from "./initiatives/[slug]/events/route";

vi.mock("@/lib/auth/auth", () => ({ auth: () => Promise.resolve(null) }));

async function token() {
  const admin = await makeUser("ADMIN");
  const { secret } = await createToken(admin, { name: "script", scopes: ["counts:write", "events:write"] }, { via: "web" });
  return secret;
}

function post(route: typeof counts, path: string, slug: string, body: unknown, secret: string, key?: string) {
  const request = new Request(`http://localhost/api/v1/initiatives/${slug}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}`, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify(body),
  });
  return route(request, { params: Promise.resolve({ slug }) });
}

const stored = rows.observationCount;

describe("Idempotency-Key on the write API (real PostgreSQL)", () => {
  it("the same key sent twice stores one observation; the retry gets the first answer", async () => {
    const secret = await token();
    const { slug, id } = await makeInitiative();
    const body = { value: 500, observedAt: "2026-01-06T10:00:00Z" };
    const first = await post(counts, "counts", slug, body, secret, "retry-1");
    expect(first.status).toBe(201);
    const again = await post(counts, "counts", slug, body, secret, "retry-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(await stored(id)).toBe(1);
    // Without a key, a retry is a second observation (the old behaviour, for callers that want it).
    await post(counts, "counts", slug, body, secret);
    expect(await stored(id)).toBe(2);
  });

  it("the same key with a different body is 422 and stores nothing", async () => {
    const secret = await token();
    const { slug, id } = await makeInitiative();
    expect((await post(counts, "counts", slug, { value: 1, observedAt: "2026-01-06T10:00:00Z" }, secret, "k")).status).toBe(201);
    const other = await post(counts, "counts", slug, { value: 2, observedAt: "2026-01-06T10:00:00Z" }, secret, "k");
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: { code: "INVALID_INPUT", message: expect.stringMatching(/different request/) } });
    expect(await stored(id)).toBe(1);
  });

  it("keys belong to one caller: another token's same key is a new request", async () => {
    const [a, b] = [await token(), await token()];
    const { slug, id } = await makeInitiative();
    const body = { value: 7, observedAt: "2026-01-06T10:00:00Z" };
    expect((await post(counts, "counts", slug, body, a, "shared")).status).toBe(201);
    const replayed = await post(counts, "counts", slug, body, b, "shared");
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get("idempotent-replayed")).toBeNull();
    expect(await stored(id)).toBe(2);
  });

  it("two requests with one key at the same time write once and answer alike", async () => {
    const secret = await token();
    const { slug, id } = await makeInitiative();
    const body = {
      observations: [
        { value: 10, observedAt: "2026-01-06T10:00:00Z" },
        { value: 20, observedAt: "2026-01-07T10:00:00Z" },
      ],
    };
    const answers = await Promise.all([1, 2, 3].map(() => post(counts, "counts", slug, body, secret, "burst")));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await stored(id)).toBe(2);
  });

  it("a refused write keeps no key: fixing the body and retrying with it works", async () => {
    const secret = await token();
    const { slug, id } = await makeInitiative();
    const bad = await post(counts, "counts", slug, { value: -1, observedAt: "2026-01-06T10:00:00Z" }, secret, "fix-me");
    expect(bad.status).toBe(422);
    expect(await rows.idempotencyKeyCount("fix-me")).toBe(0);
    expect((await post(counts, "counts", slug, { value: 1, observedAt: "2026-01-06T10:00:00Z" }, secret, "fix-me")).status).toBe(201);
    expect(await stored(id)).toBe(1);
  });

  it("stage events honour keys too; a malformed key is 400", async () => {
    const secret = await token();
    const { slug } = await makeInitiative();
    const body = { stage: "collection-ended", occurredAt: "2026-02-01T00:00:00Z", expectedVersion: 1 };
    const first = await post(events, "events", slug, body, secret, "stage-1");
    expect(first.status).toBe(201);
    const again = await post(events, "events", slug, body, secret, "stage-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await post(events, "events", slug, body, secret, "bad key with spaces")).status).toBe(400);
  });
});
