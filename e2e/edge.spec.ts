// `npm run start:edge` end to end: the launcher (lib/server/edge.js) as an operator runs it, with
// two app processes behind a real Varnish (deploy/threshold.vcl) on this run's own ports. Public
// answers are stored at the edge and dropped by their cache tags the moment a write commits;
// signed-in visitors and personal pages always reach the app; the app processes share nothing but
// PostgreSQL. Low sign-in limits, so the client-address rule can be seen through the edge.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createToken } from "@/lib/tokens/create-token";
import { disconnectDb } from "@/lib/db";
import { uniqueEmail } from "./support/accounts";
import { extraPort } from "./support/extra-server";
import { loopbackClient, postSignIn } from "./support/raw-http";
import { createSession, expect, makeUser, SESSION_COOKIE, test } from "./fixtures";

const SLUG = "library-opening-hours-demo";
const LIMIT = 3;
const EDGE_PORT = extraPort(10);
const edgeUrl = `http://localhost:${EDGE_PORT}`;
// The launcher puts app process N on PORT+N, loopback only.
const appUrls = [1, 2].map((n) => `http://127.0.0.1:${EDGE_PORT + n}`);
let launcher: ChildProcess;
let output = "";
let secret: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const root = path.resolve(import.meta.dirname, "..");
  launcher = spawn(
    process.execPath,
    [path.join(root, "lib/server/edge.js"), "--port", String(EDGE_PORT), "--instances", "2", "--no-worker"],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        APP_URL: edgeUrl,
        AUTH_URL: edgeUrl,
        SIGNIN_LIMIT_PER_IP: String(LIMIT),
        SIGNIN_LIMIT_PER_EMAIL: "100",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  launcher.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  launcher.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await expect.poll(() => (launcher.exitCode === null ? output.includes("[edge] ready on") : output), { timeout: 170_000 }).toBe(true);
  const admin = await makeUser("ADMIN");
  ({ secret } = await createToken(admin, { name: "edge e2e", scopes: ["counts:write"] }, { via: "web" }));
});

test.afterAll(async () => {
  if (launcher?.pid && launcher.exitCode === null) {
    const exited = new Promise((resolve) => launcher.once("exit", resolve));
    launcher.kill("SIGTERM");
    await exited;
  }
  // Anything left of the group (the launcher stops its children itself; this is the safety net).
  try {
    if (launcher?.pid) process.kill(-launcher.pid, "SIGKILL");
  } catch {
    // The group is gone: nothing was left.
  }
  await disconnectDb();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { "accept-encoding": "gzip", ...headers }, redirect: "manual" });
const countAt = async (base: string) => ((await (await get(`${base}/api/v1/initiatives/${SLUG}/count`)).json()) as { value: number }).value;
const postCount = (base: string, value: number) =>
  fetch(`${base}/api/v1/initiatives/${SLUG}/counts`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ value, observedAt: new Date().toISOString() }),
  });

test("a public page is stored at the edge (the second request is a hit) under the cache tags the app names", async () => {
  const url = `${edgeUrl}/initiatives/${SLUG}?edge-test=${Date.now()}`;
  const first = await get(url);
  expect(first.status).toBe(200);
  expect(first.headers.get("x-cache")).toBe("MISS");
  const second = await get(url);
  expect(second.headers.get("x-cache")).toBe("HIT");
  expect(second.headers.get("age")).toMatch(/^\d+$/);
  expect(second.headers.get("content-encoding")).toBe("gzip");
  expect(await second.text()).toContain("Longer opening hours for public libraries (demo)");
  // The tags travel from the app to the edge, and no further.
  expect(second.headers.get("xkey")).toBeNull();
  const origin = await get(`${appUrls[0]}/initiatives/${SLUG}`);
  expect(origin.headers.get("xkey")?.split(" ")).toContain(`initiative:${SLUG}`);
});

test("a count written through the edge's API is visible through the edge within 2 s", async () => {
  const page = `${edgeUrl}/initiatives/${SLUG}`;
  // Both answers are at the edge before the write, so only a purge can make them fresh before
  // their s-maxage (15 s) runs out.
  for (const url of [page, `${edgeUrl}/api/v1/initiatives/${SLUG}/count`]) {
    await get(url);
    expect((await get(url)).headers.get("x-cache")).toBe("HIT");
  }
  const value = (await countAt(edgeUrl)) + 4_321;
  const written = await postCount(edgeUrl, value);
  expect(written.status).toBe(201);
  expect(written.headers.get("x-cache")).toBe("PASS");
  await expect.poll(() => countAt(edgeUrl), { timeout: 2_000, intervals: [50] }).toBe(value);
  // The page too, once the app has rendered it again: that render alone took 0.5-3 s on the shared
  // 2-core machine (npm run bench measures the page's freshness under quieter conditions).
  const formatted = new Intl.NumberFormat("en-GB").format(value);
  await expect.poll(async () => (await (await get(page)).text()).includes(formatted), { timeout: 5_000, intervals: [50] }).toBe(true);
});

test("a signed-in visitor is never answered from the edge, and personal pages are never stored", async () => {
  const user = await makeUser("USER");
  const cookie = `${SESSION_COOKIE}=${await createSession(user.userId)}`;
  const page = `${edgeUrl}/initiatives/${SLUG}`;
  await get(page);
  expect((await get(page)).headers.get("x-cache")).toBe("HIT");
  for (let i = 0; i < 2; i++) expect((await get(page, { cookie })).headers.get("x-cache")).toBe("PASS");

  for (let i = 0; i < 2; i++) {
    const me = await get(`${edgeUrl}/me`, { cookie });
    expect(me.status).toBe(200);
    expect(me.headers.get("x-cache")).toBe("PASS");
    expect(me.headers.get("cache-control")).toContain("no-store");
    expect(await me.text()).toContain(user.email);
  }
  // Without the cookie, /me is the sign-in redirect, never the page another visitor saw.
  const anonymous = await get(`${edgeUrl}/me`);
  expect(anonymous.status).toBeGreaterThanOrEqual(300);
  expect(anonymous.status).toBeLessThan(400);
  expect(await anonymous.text()).not.toContain(user.email);
});

test("behind the edge a client's own X-Forwarded-For changes nothing: the sign-in limit holds per real client", async ({ smtp }) => {
  const [alice, bob] = [loopbackClient(), loopbackClient()];
  const forged = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}, 198.51.100.${i}`, "x-real-ip": `192.0.2.${i}` });
  const statuses: number[] = [];
  for (let i = 1; i <= LIMIT + 2; i++)
    statuses.push((await postSignIn(edgeUrl, uniqueEmail("edge-xff"), { headers: forged(i), from: alice })).status);
  expect(statuses).toEqual([303, 303, 303, 429, 429]);
  const email = uniqueEmail("edge-bob");
  expect((await postSignIn(edgeUrl, email, { from: bob })).status).toBe(303);
  await expect.poll(() => smtp.to(email).length).toBe(1);
});

test("two app processes share nothing but PostgreSQL: a count written through one is read through the other within 1 s", async () => {
  const [one, other] = appUrls as [string, string];
  // The other process has the count in its own cache before the write.
  const before = await countAt(other);
  expect(await countAt(other)).toBe(before);
  const value = before + 1_111;
  expect((await postCount(one, value)).status).toBe(201);
  await expect.poll(() => countAt(other), { timeout: 1_000, intervals: [50] }).toBe(value);
});
