import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FetchError, fetchResource, type FetchSettings } from "./fetch";
import { HostPacer } from "./pacer";

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;
type TestServer = { url: string; hits: { at: number; headers: IncomingMessage["headers"] }[]; server: Server };

const servers: Server[] = [];
const hanging: ServerResponse[] = [];

async function serve(handler: Handler): Promise<TestServer> {
  const hits: TestServer["hits"] = [];
  const server = createServer((req, res) => {
    hits.push({ at: performance.now(), headers: req.headers });
    handler(req, res, hits.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/petitions/1.json`, hits, server };
}

afterEach(async () => {
  for (const res of hanging.splice(0)) res.destroy();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

const settings = (overrides: Partial<FetchSettings> = {}): FetchSettings => ({
  timeoutMs: 2000,
  retries: 2,
  backoffMs: 40,
  maxBackoffMs: 5000,
  maxBytes: 1024 * 1024,
  userAgent: "Threshold test",
  pacer: new HostPacer(0),
  allowedHosts: ["127.0.0.1"],
  allowPrivateAddresses: true,
  random: () => 1,
  ...overrides,
});

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

describe("fetching official resources", () => {
  it("retries a 503 with exponential backoff and returns the body of the attempt that worked", async () => {
    const s = await serve((_req, res, hit) => (hit <= 2 ? res.writeHead(503).end() : json(res, { ok: true })));
    const result = await fetchResource(s.url, settings());
    expect(result).toMatchObject({ status: "ok", text: '{"ok":true}', attempts: 3 });
    const [a, b, c] = s.hits.map((h) => h.at) as [number, number, number];
    // 40 ms, then 80 ms (a timer may fire a millisecond early).
    expect(b - a).toBeGreaterThanOrEqual(38);
    expect(c - b).toBeGreaterThanOrEqual(78);
  });

  it("gives up after the configured retries, naming the status", async () => {
    const s = await serve((_req, res) => res.writeHead(500, "Internal Server Error").end());
    const attempt = fetchResource(s.url, settings({ retries: 2, backoffMs: 1 }));
    await expect(attempt).rejects.toBeInstanceOf(FetchError);
    await expect(attempt).rejects.toMatchObject({ httpStatus: 500, attempts: 3 });
    await expect(attempt).rejects.toThrow(/HTTP 500 Internal Server Error \(after 3 attempts\)/);
    expect(s.hits).toHaveLength(3);
  });

  it("does not retry a 404: the resource is not there", async () => {
    const s = await serve((_req, res) => res.writeHead(404).end());
    await expect(fetchResource(s.url, settings())).rejects.toMatchObject({ httpStatus: 404, attempts: 1 });
    expect(s.hits).toHaveLength(1);
  });

  it("times out a response that never comes, and a body that never ends, then retries", async () => {
    const s = await serve((_req, res, hit) => {
      if (hit === 1) return void hanging.push(res);
      if (hit === 2) {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"partial":');
        return void hanging.push(res);
      }
      json(res, { ok: 3 });
    });
    const result = await fetchResource(s.url, settings({ timeoutMs: 150, backoffMs: 1 }));
    expect(result).toMatchObject({ status: "ok", text: '{"ok":3}', attempts: 3 });
  });

  it("reports a timeout when every attempt hangs", async () => {
    const s = await serve((_req, res) => void hanging.push(res));
    await expect(fetchResource(s.url, settings({ timeoutMs: 80, retries: 1, backoffMs: 1 }))).rejects.toThrow(
      /timed out after 80 ms \(after 2 attempts\)/,
    );
  });

  it("waits as long as Retry-After asks on 429", async () => {
    const s = await serve((_req, res, hit) => (hit === 1 ? res.writeHead(429, { "retry-after": "1" }).end() : json(res, {})));
    await fetchResource(s.url, settings({ backoffMs: 1 }));
    const [a, b] = s.hits.map((h) => h.at) as [number, number];
    expect(b - a).toBeGreaterThanOrEqual(990);
  });

  it("sends the stored ETag and Last-Modified, and reports 304 as not modified", async () => {
    const s = await serve((req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      json(res, { v: 1 }, { etag: '"v1"', "last-modified": "Wed, 21 Oct 2026 07:28:00 GMT" });
    });
    const first = await fetchResource(s.url, settings());
    expect(first).toMatchObject({ status: "ok", etag: '"v1"', lastModified: "Wed, 21 Oct 2026 07:28:00 GMT" });
    const second = await fetchResource(s.url, settings(), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: "not-modified", etag: '"v1"' });
    expect(s.hits[1]?.headers["if-modified-since"]).toBe("Wed, 21 Oct 2026 07:28:00 GMT");
    expect(s.hits[0]?.headers["user-agent"]).toBe("Threshold test");
  });

  it("spaces requests to one host by the pacer's interval, without delaying other hosts", async () => {
    const a = await serve((_req, res) => json(res, {}));
    const b = await serve((_req, res) => json(res, {}));
    const pacer = new HostPacer(400);
    await Promise.all([
      fetchResource(a.url, settings({ pacer })),
      fetchResource(a.url, settings({ pacer })),
      fetchResource(b.url, settings({ pacer })),
    ]);
    const [a1, a2] = a.hits.map((h) => h.at) as [number, number];
    // The pacer spaces the starts by 400 ms; arrivals can shift by the first connection's set-up.
    // Without it, both would arrive within a few milliseconds.
    expect(a2 - a1).toBeGreaterThanOrEqual(300);
    // The other host's request did not wait for the first host's slot.
    expect(b.hits[0]?.at ?? Infinity).toBeLessThan(a2);
  });

  it("retries a refused connection and names the network error", async () => {
    const s = await serve(() => undefined);
    await new Promise((resolve) => s.server.close(resolve));
    await expect(fetchResource(s.url, settings({ retries: 1, backoffMs: 1 }))).rejects.toThrow(
      /network error \(ECONNREFUSED\) \(after 2 attempts\)/,
    );
  });

  it("refuses a response larger than the limit, without retrying", async () => {
    const s = await serve((_req, res) => json(res, { big: "x".repeat(5000) }));
    await expect(fetchResource(s.url, settings({ maxBytes: 1000 }))).rejects.toMatchObject({ attempts: 1 });
    expect(s.hits).toHaveLength(1);
  });
  it("fetches only from the allowed hosts, redirects included, and does not retry a refusal", async () => {
    const elsewhere = await serve((_req, res) => json(res, {}));
    const s = await serve((_req, res) => {
      res.writeHead(302, { location: elsewhere.url.replace("127.0.0.1", "localhost") });
      res.end();
    });
    await expect(fetchResource(s.url, settings())).rejects.toMatchObject({
      attempts: 1,
      reason: expect.stringMatching(/localhost is not one of/),
    });
    await expect(fetchResource(s.url, settings({ allowedHosts: ["petition.parliament.uk"] }))).rejects.toMatchObject({ attempts: 1 });
    expect(s.hits).toHaveLength(1);
    expect(elsewhere.hits).toHaveLength(0);
  });
});
