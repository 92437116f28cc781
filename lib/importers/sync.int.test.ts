// Fetching and syncing against a local HTTP server (the real sources are not reachable here):
// URLs and list pages, conditional requests, backoff, which resources are due, who may sync.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { uniqueNumber, withId } from "@/lib/testing/importers";
import type { FetchSettings } from "./fetch";
import { importUrls } from "./import-files";
import { HostPacer } from "./pacer";
import { openImportStates, requestSourceSync, syncImportState, syncImportStateNow } from "./sync";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");
const fixture = (rel: string) => readFileSync(path.join(FIXTURES, rel), "utf8");
const settings: FetchSettings = {
  timeoutMs: 2000,
  retries: 1,
  backoffMs: 1,
  maxBackoffMs: 5,
  maxBytes: 1 << 24,
  userAgent: "test",
  pacer: new HostPacer(0),
  // The test server stands in for the official sites.
  allowedHosts: ["127.0.0.1"],
  allowPrivateAddresses: true,
};
const schedule = { intervalMinutes: 10, maxBackoffMinutes: 360 };

type Resource = { status: number; body: string; etag?: string };
const routes = new Map<string, Resource>();
const requests: { path: string; ifNoneMatch?: string }[] = [];
let server: Server;
let base = "";

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  requests.push({ path: url, ifNoneMatch: req.headers["if-none-match"] });
  const r = routes.get(url);
  if (!r) return void res.writeHead(404).end();
  if (r.status !== 200) return void res.writeHead(r.status).end();
  if (r.etag && req.headers["if-none-match"] === r.etag) return void res.writeHead(304, { etag: r.etag }).end();
  res.writeHead(200, { "content-type": "application/json", ...(r.etag ? { etag: r.etag } : {}) }).end(r.body);
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Moves every date and time in a JSON document by the same amount (to make a real petition current). */
function shifted(value: unknown, ms: number): unknown {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) {
    const moved = new Date(Date.parse(value) + ms).toISOString();
    return value.length === 10 ? moved.slice(0, 10) : moved;
  }
  if (Array.isArray(value)) return value.map((v) => shifted(v, ms));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v, ms)]));
  return value;
}

/** Petition 700143 under a new number, served by the local server as if updated an hour ago. */
function openPetition() {
  const id = uniqueNumber();
  const json = JSON.parse(withId(fixture("real/uk-petitions/api-raw/700143_2024-11-24.json"), "700143", id)) as {
    data: { attributes: { updated_at: string; signature_count: number } };
    links: { self: string };
  };
  const current = shifted(json, Date.now() - 3_600_000 - Date.parse(json.data.attributes.updated_at)) as typeof json;
  const pathName = `/petitions/${id}.json`;
  current.links.self = `${base}${pathName}`;
  return { id, path: pathName, url: `${base}${pathName}`, json: current };
}

const stateFor = (url: string) => db().importState.findFirstOrThrow({ where: { resourceUrl: url } });

describe.sequential("syncing official resources (local HTTP server, real PostgreSQL)", () => {
  it("imports a petition by URL, then syncs it: not modified when the ETag matches, one new count when the total changed", async () => {
    const p = openPetition();
    routes.set(p.path, { status: 200, body: JSON.stringify(p.json), etag: '"v1"' });
    const [imported] = await importUrls("uk", [p.url], { settings });
    expect(imported?.results[0]).toMatchObject({ created: true, externalId: p.id });
    const state = await stateFor(p.url);

    const first = await syncImportState(state.id, { settings, schedule });
    expect(first).toMatchObject({ status: "ok", results: [expect.objectContaining({ observationsAdded: 0 })] });
    expect(await stateFor(p.url)).toMatchObject({ etag: '"v1"', failureCount: 0, lastError: null });

    const now = new Date();
    const second = await syncImportState(state.id, { settings, schedule, now });
    expect(second.status).toBe("not-modified");
    expect(requests.at(-1)).toEqual({ path: p.path, ifNoneMatch: '"v1"' });
    const checked = await stateFor(p.url);
    expect(checked.lastResult).toMatchObject({ notModified: true });
    expect(checked.nextSyncAt).toEqual(new Date(now.getTime() + 10 * 60_000));

    p.json.data.attributes.signature_count += 7;
    p.json.data.attributes.updated_at = new Date(Date.now() - 60_000).toISOString();
    routes.set(p.path, { status: 200, body: JSON.stringify(p.json), etag: '"v2"' });
    const third = await syncImportState(state.id, { settings, schedule });
    expect(third.results[0]).toMatchObject({ observationsAdded: 1, observationsCorrected: 0 });
    const initiative = await db().initiative.findFirstOrThrow({ where: { externalSource: "uk-petitions", externalId: p.id } });
    expect(initiative.latestTotal).toBe(p.json.data.attributes.signature_count);
  });

  it("backs off while a resource keeps failing, and recovers", async () => {
    const p = openPetition();
    routes.set(p.path, { status: 200, body: JSON.stringify(p.json) });
    await importUrls("uk", [p.url], { settings });
    const { id } = await stateFor(p.url);
    routes.set(p.path, { status: 503, body: "" });
    const now = new Date();
    const failed = await syncImportState(id, { settings, schedule, now });
    expect(failed.error).toMatch(/HTTP 503 Service Unavailable \(after 2 attempts\)$/);
    expect(await stateFor(p.url)).toMatchObject({
      failureCount: 1,
      nextSyncAt: new Date(now.getTime() + 20 * 60_000),
      lastError: failed.error,
    });
    await syncImportState(id, { settings, schedule, now });
    expect(await stateFor(p.url)).toMatchObject({ failureCount: 2, nextSyncAt: new Date(now.getTime() + 40 * 60_000) });

    routes.set(p.path, { status: 200, body: JSON.stringify(p.json) });
    expect((await syncImportState(id, { settings, schedule, now })).status).toBe("ok");
    expect(await stateFor(p.url)).toMatchObject({ failureCount: 0, lastError: null, nextSyncAt: new Date(now.getTime() + 10 * 60_000) });
  });

  it("syncs only open initiatives, when they are due", async () => {
    const open = openPetition();
    routes.set(open.path, { status: 200, body: JSON.stringify(open.json) });
    await importUrls("uk", [open.url], { settings });
    const closedId = uniqueNumber();
    const closedPath = `/archived/petitions/${closedId}.json`;
    const closed = JSON.parse(
      withId(fixture("real/uk-petitions/jonty/petitions/2015-2017_Conservative_government/104309.json"), "104309", closedId),
    ) as {
      links: { self: string };
    };
    closed.links.self = `${base}${closedPath}`;
    routes.set(closedPath, { status: 200, body: JSON.stringify(closed) });
    await importUrls("uk", [`${base}${closedPath}`], { settings });

    const openState = await stateFor(open.url);
    const closedState = await stateFor(`${base}${closedPath}`);
    const now = new Date();
    await syncImportState(openState.id, { settings, schedule, now });
    const due = (at: Date) => openImportStates(at, { source: "uk-petitions", dueOnly: true });
    expect(await due(new Date(now.getTime() + 5 * 60_000))).not.toContain(openState.id);
    expect(await due(new Date(now.getTime() + 11 * 60_000))).toContain(openState.id);
    expect(await due(new Date(now.getTime() + 11 * 60_000))).not.toContain(closedState.id);
  });

  it("lets only admins sync now, and records who did", async () => {
    const p = openPetition();
    routes.set(p.path, { status: 200, body: JSON.stringify(p.json) });
    await importUrls("uk", [p.url], { settings });
    const { id } = await stateFor(p.url);
    await expect(syncImportStateNow(null as never, id, { settings })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(syncImportStateNow(await makeUser("EDITOR"), id, { settings })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestSourceSync(await makeUser("USER"), "uk-petitions")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const admin = await makeUser("ADMIN");
    expect((await syncImportStateNow(admin, id, { settings })).status).toBe("ok");
    await db().importState.update({ where: { id }, data: { nextSyncAt: new Date(Date.now() + 3_600_000) } });
    expect(await requestSourceSync(admin, "uk-petitions")).toBeGreaterThan(0);
    expect((await stateFor(p.url)).nextSyncAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audits = await db().auditEvent.findMany({ where: { actorId: admin.userId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["import.sync_now", "import.sync_requested"]);
  });
});

describe("importing by URL (local HTTP server, real PostgreSQL)", () => {
  it("follows a UK list's next links through every page", async () => {
    const page = JSON.parse(fixture("real/uk-petitions/api-raw/list/petitions_state-open_2015-09-09.json")) as {
      data: { id: number; links: { self: string } }[];
    };
    const ids = [uniqueNumber(), uniqueNumber(), uniqueNumber()];
    const rows = page.data
      .slice(0, 3)
      .map((row, i) => ({ ...row, id: Number(ids[i]), links: { self: `${base}/petitions/${ids[i]}.json` } }));
    const list = (n: number) => `/petitions.json?page=${n}&state=open&run=${ids[0]}`;
    routes.set(list(1), { status: 200, body: JSON.stringify({ links: { next: `${base}${list(2)}` }, data: rows.slice(0, 2) }) });
    routes.set(list(2), { status: 200, body: JSON.stringify({ links: { next: null }, data: rows.slice(2) }) });
    const outcomes = await importUrls("uk", [`${base}${list(1)}`], { settings });
    expect(outcomes.map((o) => o.results.map((r) => r.externalId))).toEqual([ids.slice(0, 2), ids.slice(2)]);
    expect(await db().initiative.count({ where: { externalSource: "uk-petitions", externalId: { in: ids } } })).toBe(3);
  });

  it("reads the ECI search index page by page and fetches each initiative's details from the same site", async () => {
    const [a, b, c] = [0, 1, 2].map(() => String(100_000 + Math.floor(Math.random() * 899_999)));
    const rename = (text: string) =>
      text
        .replaceAll("000097", a as string)
        .replaceAll("000098", b as string)
        .replaceAll("000099", c as string);
    const register = "constructed/eci/register";
    const search = JSON.parse(rename(fixture(`${register}/search_ALL-EN-0-50_2023-01-10T1200Z.json`))) as { entries: unknown[] };
    routes.set("/core/api/register/search/ALL/EN/0/2", {
      status: 200,
      body: JSON.stringify({ ...search, entries: search.entries.slice(0, 2) }),
    });
    routes.set("/core/api/register/search/ALL/EN/2/2", {
      status: 200,
      body: JSON.stringify({ ...search, entries: search.entries.slice(2) }),
    });
    routes.set(`/core/api/register/details/2021/${a}`, {
      status: 200,
      body: rename(fixture(`${register}/details_2021-000097_2022-03-14T1200Z.json`)),
    });
    routes.set(`/core/api/register/details/2021/${b}`, {
      status: 200,
      body: rename(fixture(`${register}/details_2021-000098_2023-01-10T1200Z.json`)),
    });
    const outcomes = await importUrls("eci", [`${base}/core/api/register/search/ALL/EN/0/2`], { settings });
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    expect(outcomes.flatMap((o) => o.results.map((r) => [r.externalId, r.created]))).toEqual([
      [`2021/${a}`, true],
      [`2021/${b}`, true],
    ]);
    expect(requests.some((r) => r.path === `/core/api/register/details/2021/${c}`)).toBe(false); // refused: never registered
  });

  it("fetches a kansalaisaloite.fi initiative with its daily series, and pages through the list", async () => {
    const [n, m] = [uniqueNumber(), uniqueNumber()];
    routes.set(`/api/v1/initiatives/${n}`, {
      status: 200,
      body: withId(fixture("constructed/fi/initiatives/90001_2025-03-04T0900Z.json"), "90001", n),
    });
    routes.set(`/api/v1/supports-by-date/${n}`, {
      status: 200,
      body: fixture("constructed/fi/supports-by-date/90001_supports-by-date_2025-03-04T0900Z.json"),
    });
    const [one] = await importUrls("fi", [`${base}/api/v1/initiatives/${n}`], { settings });
    expect(one?.results.map((r) => [r.externalId, r.observationsAdded])).toEqual([
      [n, 3],
      [n, 8],
    ]);

    const list = JSON.parse(fixture("constructed/fi/list/initiatives_offset-0_2025-03-05T0900Z.json")) as { id: string }[];
    const items = [withId(JSON.stringify(list[0]), "90001", n), withId(JSON.stringify(list[1]), "90005", m)];
    routes.set(`/api/v1/initiatives?run=${n}&limit=1&offset=0`, { status: 200, body: `[${items[0]}]` });
    routes.set(`/api/v1/initiatives?run=${n}&limit=1&offset=1`, { status: 200, body: `[${items[1]}]` });
    routes.set(`/api/v1/initiatives?run=${n}&limit=1&offset=2`, { status: 200, body: "[]" });
    const pages = await importUrls("fi", [`${base}/api/v1/initiatives?run=${n}&limit=1`], { settings });
    expect(pages.map((o) => o.results.map((r) => r.externalId))).toEqual([[n], [m], []]);
  });
});
