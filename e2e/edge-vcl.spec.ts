// The edge's rules (deploy/threshold.vcl) on a real Varnish, in front of a small origin this test
// controls: it can answer slowly, fail, tag its answers and set cookies, and it counts what reaches
// it. What the app itself sends through the edge is e2e/edge.spec.ts.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { startVarnish } from "@/lib/server/edge.js";
import { expect, test } from "./fixtures";
import { extraPort } from "./support/extra-server";

const EDGE = `http://localhost:${extraPort(20)}`;
const ORIGIN_PORT = extraPort(21);

// What the origin does and has seen.
const origin = {
  failing: false,
  version: 1,
  delayMs: 0,
  setCookie: false,
  seen: new Map<string, number>(),
  lastHeaders: new Map<string, IncomingHttpHeaders>(),
};
let server: Server;
let varnish: { stop: () => Promise<void> };

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    origin.seen.set(url, (origin.seen.get(url) ?? 0) + 1);
    origin.lastHeaders.set(url, req.headers);
    // The edge's health probe.
    if (url === "/api/v1/topics") return void res.writeHead(origin.failing ? 500 : 200).end();
    if (origin.failing) return void res.writeHead(500, { "cache-control": "private, no-store" }).end("down");
    setTimeout(() => {
      res.writeHead(200, {
        "content-type": "text/plain",
        "cache-control": "public, s-maxage=1, stale-while-revalidate=1, stale-if-error=600",
        // The answer's cache tag is its path's first segment, e.g. /a/1 -> a.
        xkey: `thing:${url.split("/")[1]}`,
        ...(origin.setCookie ? { "set-cookie": "authjs.csrf-token=x; Path=/; HttpOnly" } : {}),
      });
      res.end(`${url} v${origin.version}`);
    }, origin.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(ORIGIN_PORT, "127.0.0.1", resolve));
  varnish = startVarnish({ port: extraPort(20), originPorts: [ORIGIN_PORT], staleWhileRevalidate: 1, cacheMb: 16 });
  await expect
    .poll(
      () =>
        fetch(`${EDGE}/api/v1/topics`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  await varnish?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${EDGE}${path}`, { headers });
const unique = (prefix: string) => `/${prefix}/${Date.now()}-${Math.random().toString(36).slice(2)}`;

test("concurrent misses for one address reach the origin once", async () => {
  const path = unique("slow");
  origin.delayMs = 500;
  try {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(path)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(new Set(await Promise.all(answers.map((a) => a.text())))).toEqual(new Set([`${path} v1`]));
  } finally {
    origin.delayMs = 0;
  }
  expect(origin.seen.get(path)).toBe(1);
});

test("a tag purge drops exactly the answers with that tag", async () => {
  const [a, b] = [unique("a"), unique("b")];
  for (const path of [a, b]) {
    await get(path);
    expect((await get(path)).headers.get("x-cache")).toBe("HIT");
  }
  const purge = await fetch(EDGE, { method: "PURGE", headers: { "xkey-purge": "thing:a thing:nothing" } });
  expect(purge.status).toBe(200);
  expect((await get(a)).headers.get("x-cache")).toBe("MISS");
  expect((await get(b)).headers.get("x-cache")).toBe("HIT");
  // The tags stay between the origin and the edge.
  expect((await get(b)).headers.get("xkey")).toBeNull();
});

test("signed-in visitors and answers that set cookies are never stored; other cookies are ignored", async () => {
  const path = unique("cookies");
  await get(path);
  expect((await get(path, { cookie: "theme=dark" })).headers.get("x-cache")).toBe("HIT");
  for (const cookie of ["authjs.session-token=abc", "theme=dark; __Secure-authjs.session-token=abc"]) {
    expect((await get(path, { cookie })).headers.get("x-cache")).toBe("PASS");
  }
  const other = unique("set-cookie");
  origin.setCookie = true;
  try {
    for (let i = 0; i < 2; i++) expect((await get(other)).headers.get("x-cache")).not.toBe("HIT");
  } finally {
    origin.setCookie = false;
  }
  expect(origin.seen.get(other)).toBe(2);
});

test("the origin hears the client's address from the edge, never the client's own forwarding headers", async () => {
  const path = unique("forwarded");
  await get(path, { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" });
  const headers = origin.lastHeaders.get(path);
  expect(headers?.["x-forwarded-for"]).toBe("127.0.0.1");
  expect(headers?.["x-forwarded-proto"]).toBe("http");
});

test("while the origin fails, the last good copy is served (stale-if-error), never the error", async () => {
  test.setTimeout(60_000);
  const path = unique("stale");
  expect(await (await get(path)).text()).toBe(`${path} v1`);
  origin.failing = true;
  try {
    // Every answer is the copy: within stale-while-revalidate (1 s after its freshness, 1 s) any
    // cache would do that; an older copy only because of stale-if-error (600 s), which the edge
    // uses as soon as a fetch fails, before its health probe marks the origin sick.
    const answers = new Set<string>();
    await expect
      .poll(
        async () => {
          const r = await get(path);
          answers.add(`${r.status} ${await r.text()}`);
          if (r.headers.get("x-cache") !== "HIT") expect(r.headers.get("x-cache")).toBe("STALE");
          return Number(r.headers.get("age"));
        },
        { timeout: 30_000, intervals: [250] },
      )
      .toBeGreaterThanOrEqual(3);
    expect([...answers]).toEqual([`200 ${path} v1`]);
  } finally {
    origin.failing = false;
  }
});
