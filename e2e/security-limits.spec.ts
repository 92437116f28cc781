// Per-client sign-in limits that no header can dodge, with real, low limits: a second production
// server (the suite's own allows 1,000 per client, as every test signs in from 127.0.0.1) facing
// clients directly, and a third behind a real Varnish (TRUST_PROXY=1: Varnish appends the address
// it saw to X-Forwarded-For). Each test is its own client: a fresh 127.x.y.z source address.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { uniqueEmail } from "./support/accounts";
import { extraPort, startAppServer, type AppServer } from "./support/extra-server";
import { expect, test } from "./fixtures";
import { loopbackClient, postSignIn, rawRequest } from "./support/raw-http";

const LIMIT = 3;
let direct: AppServer;
let behindEdge: AppServer;
let varnish: ChildProcess;
let varnishDir: string;
const edgeUrl = `http://localhost:${extraPort(3)}`;

test.beforeAll(async () => {
  const limits = { SIGNIN_LIMIT_PER_IP: String(LIMIT), SIGNIN_LIMIT_PER_EMAIL: "100" };
  [direct, behindEdge] = await Promise.all([
    startAppServer(extraPort(1), limits),
    startAppServer(extraPort(2), { ...limits, TRUST_PROXY: "1", APP_URL: edgeUrl, AUTH_URL: edgeUrl }),
  ]);
  // Varnish from Debian (as the edge of `npm run start:edge`): the built-in VCL passes POSTs and
  // sets X-Forwarded-For itself. -j none: no privilege separation for a throw-away instance.
  varnishDir = mkdtempSync(path.join(tmpdir(), "threshold-varnish-"));
  const varnishd = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((p) => existsSync(p)) ?? "varnishd";
  varnish = spawn(
    varnishd,
    [
      "-F",
      "-j",
      "none",
      "-n",
      varnishDir,
      "-a",
      `127.0.0.1:${extraPort(3)}`,
      "-b",
      `127.0.0.1:${extraPort(2)}`,
      "-s",
      "malloc,16m",
      "-T",
      "none",
    ],
    { stdio: "ignore" },
  );
  await expect
    .poll(
      () =>
        fetch(`${edgeUrl}/api/v1/topics`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 20_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  varnish?.kill("SIGTERM");
  await Promise.all([direct?.stop(), behindEdge?.stop()]);
  if (varnishDir) rmSync(varnishDir, { recursive: true, force: true });
});

// Every way a client might claim another address, one per request.
const forgeries = [
  (i: number) => ({ "x-forwarded-for": `203.0.113.${i}` }),
  (i: number) => ({ "X-Forwarded-For": `198.51.100.${i}, 10.0.0.${i}` }),
  (i: number) => ({ "x-forwarded-for": [`192.0.2.${i}`, `192.0.2.${i + 100}`] }), // the header twice
  (i: number) => ({ "x-real-ip": `203.0.113.${i}`, forwarded: `for=203.0.113.${i}` }),
  (i: number) => ({ "x-forwarded-for": `2001:db8::${i}` }),
  (i: number) => ({ "x-forwarded-for": `::ffff:203.0.113.${i}` }),
  (i: number) => ({ "x-forwarded-for": "unknown" + "x".repeat(i) }),
];

test("one client gets SIGNIN_LIMIT_PER_IP sign-in emails, whatever X-Forwarded-For it sends to `npm start`", async ({ smtp }) => {
  const from = loopbackClient();
  const emails = forgeries.map(() => uniqueEmail("spread"));
  const statuses: number[] = [];
  for (const [i, forge] of forgeries.entries()) {
    statuses.push((await postSignIn(direct.url, emails[i] as string, { headers: forge(i + 1), from })).status);
  }
  expect(statuses).toEqual([303, 303, 303, 429, 429, 429, 429]);
  await expect.poll(() => emails.filter((e) => smtp.to(e).length > 0).length).toBe(LIMIT);
  // Auth.js's own endpoint counts against the same client.
  const { csrf, cookie } = await csrfOf(direct.url, from);
  const api = await rawRequest(`${direct.url}/api/auth/signin/email`, {
    from,
    headers: { origin: direct.url, cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.250" },
    body: new URLSearchParams({ email: uniqueEmail("spread-api"), csrfToken: csrf }).toString(),
  });
  expect(api.status).toBe(429);
  // Another client is not affected.
  expect((await postSignIn(direct.url, uniqueEmail("other"), { from: loopbackClient() })).status).toBe(303);
});

test("behind the edge cache (TRUST_PROXY=1) the limit holds per real client, and clients are told apart", async ({ smtp }) => {
  const [alice, bob] = [loopbackClient(), loopbackClient()];
  const statuses: number[] = [];
  for (const [i, forge] of forgeries.entries()) {
    statuses.push((await postSignIn(edgeUrl, uniqueEmail("edge"), { headers: forge(i + 1), from: alice })).status);
  }
  expect(statuses).toEqual([303, 303, 303, 429, 429, 429, 429]);
  const email = uniqueEmail("edge-bob");
  expect((await postSignIn(edgeUrl, email, { from: bob })).status).toBe(303);
  await expect.poll(() => smtp.to(email).length).toBe(1);
});

test("HSTS only over https: from a trusted proxy's X-Forwarded-Proto, never from a client's", async ({ baseURL }) => {
  // A fresh URL each time: Varnish would otherwise answer from its cache.
  const fresh = () => `/api/v1/topics?nocache=${Math.random()}`;
  const viaEdge = await rawRequest(`${edgeUrl}${fresh()}`, { method: "GET", headers: { "x-forwarded-proto": "https" } });
  expect(viaEdge.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect((await rawRequest(`${edgeUrl}${fresh()}`, { method: "GET" })).headers["strict-transport-security"]).toBeUndefined();
  const direct = await rawRequest(`${baseURL}${fresh()}`, { method: "GET", headers: { "x-forwarded-proto": "https" } });
  expect(direct.headers["strict-transport-security"]).toBeUndefined();
});

async function csrfOf(base: string, from: string): Promise<{ csrf: string; cookie: string }> {
  const response = await rawRequest(`${base}/api/auth/csrf`, { method: "GET", from });
  const cookies = ([] as string[]).concat(response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);
  return { csrf: (JSON.parse(response.text) as { csrfToken: string }).csrfToken, cookie: cookies.join("; ") };
}
