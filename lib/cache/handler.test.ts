// The cache handler's promise (issue 10): an invalidated entry stays the last good version; while
// the database answers it is re-rendered at once, while it does not it is served stale; after the
// bus reconnects entries are "maybe stale" and refreshed by one request at a time, never purged.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportDbConnected, reportDbDisconnected } from "@/lib/db-health.js";
import { tagBus } from "./tag-bus.js";

// The handler starts the bus's LISTEN connection, which a unit test must not: as during a build.
process.env.NEXT_PHASE = "phase-production-build";
const { default: Handler } = await import("./handler.js");

const page = (html: string, tags: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": tags } });
const cacheControl = { revalidate: 300, expire: 31_536_000 };
let n = 0;
const unique = () => `k${++n}-${Math.random()}`;

describe("the cache handler serves stale, never purges on a fault", () => {
  const handler = new Handler();
  beforeAll(() => tagBus().connected());
  beforeEach(() => reportDbConnected());

  async function stored(tags: string) {
    const key = unique();
    const value = page("v1", tags);
    await handler.get(key, {});
    await handler.set(key, value, { cacheControl });
    return { key, value };
  }

  it("serves a fresh entry as it is", async () => {
    const { key, value } = await stored("t-fresh");
    expect(await handler.get(key, {})).toMatchObject({ value, cacheControl });
  });

  it("an invalidated entry is a miss while the database answers (the next request renders fresh data)", async () => {
    const { key } = await stored("t-write-up");
    await new Promise((r) => setTimeout(r, 2));
    tagBus().expire(["t-write-up"]);
    expect(await handler.get(key, {})).toBeNull();
  });

  it("while the database is away an invalidated entry is served as stale (Next answers with it), one refresh at a time", async () => {
    const { key, value } = await stored("t-write-down");
    await new Promise((r) => setTimeout(r, 2));
    tagBus().expire(["t-write-down"]);
    reportDbDisconnected();
    const now = Date.now();
    const first = await handler.get(key, {});
    expect(first?.value).toBe(value);
    // Older than its revalidate period (Next revalidates in the background), younger than expire.
    expect(first?.lastModified).toBeLessThan(now - cacheControl.revalidate * 1000);
    expect(first?.lastModified).toBeGreaterThan(now - cacheControl.expire * 1000);
    // Others meanwhile get it as fresh: no second refresh of the same key.
    const second = await handler.get(key, {});
    expect(second?.value).toBe(value);
    expect(second?.lastModified).toBeGreaterThanOrEqual(now);
    // A failed refresh stores the previous value again: that changes nothing, it stays stale.
    await handler.set(key, value, { cacheControl: { revalidate: 3 } });
    reportDbConnected();
    expect(await handler.get(key, {})).toBeNull();
  });

  it("after the bus reconnects, entries are maybe stale: served, refreshed once, never dropped", async () => {
    const { key, value } = await stored("t-reconnect");
    await new Promise((r) => setTimeout(r, 2));
    tagBus().connected();
    const first = await handler.get(key, {});
    expect(first?.value).toBe(value);
    expect(first?.lastModified).toBeLessThan(Date.now() - cacheControl.revalidate * 1000);
    expect((await handler.get(key, {}))?.lastModified).toBeGreaterThanOrEqual(Date.now() - 50);
    // The refresh's result replaces it and is fresh.
    const next = page("v2", "t-reconnect");
    await handler.set(key, next, { cacheControl });
    expect(await handler.get(key, {})).toMatchObject({ value: next });
  });

  it("unstable_cache data is served stale by its own revalidate period", async () => {
    const key = unique();
    const data = { kind: "FETCH", data: { headers: {}, body: "{}", status: 200, url: "" }, revalidate: 300 };
    await handler.get(key, { kind: "FETCH", revalidate: 300, tags: ["t-data"] });
    await handler.set(key, data, { fetchCache: true, tags: ["t-data"] });
    await new Promise((r) => setTimeout(r, 2));
    tagBus().expire(["t-data"]);
    reportDbDisconnected();
    const answer = await handler.get(key, { kind: "FETCH", revalidate: 300, tags: ["t-data"] });
    expect(answer?.value).toBe(data);
    expect(answer?.lastModified).toBeLessThan(Date.now() - 300_000);
  });
});

describe("the cache handler's size bound", () => {
  it("counts page bodies by their bytes, not as nothing", async () => {
    const { entrySize } = await import("./handler.js");
    const body = Buffer.alloc(120_000, 97);
    const size = entrySize({ kind: "APP_PAGE", html: body, rscData: Buffer.alloc(60_000), headers: { "x-next-cache-tags": "a,b" } });
    expect(size).toBeGreaterThanOrEqual(180_000);
    expect(size).toBeLessThan(181_000);
    expect(entrySize({ segmentData: new Map([["/_tree", new Uint8Array(3000)]]) })).toBeGreaterThanOrEqual(3000);
    expect(entrySize({ kind: "FETCH", data: { body: "x".repeat(5000) } })).toBeGreaterThanOrEqual(5000);
  });
});
