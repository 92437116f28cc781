// Webhooks end to end: a subscription made through the API (with a personal token's webhooks scope)
// receives a signed count.threshold_reached from the real worker within seconds, verified with the
// standardwebhooks library; the opt-in count.recorded reaches only subscriptions that name it; a target that answers 500 is retried on the schedule and the attempts
// show in the delivery log; a target on 127.0.0.1 is refused by a server without the development
// switch. The suite's server runs without it; a second server (same build and database) with it.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { makeInitiative } from "@/lib/testing/factories";
import { createToken } from "@/lib/tokens/create-token";
import { expect, makeUser, test } from "./fixtures";
import { extraPort, startAppServer, type AppServer } from "./support/extra-server";
import { WorkerProcess } from "./support/worker";

// A second server and the worker start on a shared machine: minutes, not seconds, at worst.
test.describe.configure({ mode: "serial", timeout: 90_000 });

type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number };
const received: Received[] = [];
let target: Server;
let targetUrl = "";
let devServer: AppServer;
let worker: WorkerProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  target = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body, at: Date.now() });
      res.statusCode = req.url?.startsWith("/fail") ? 500 : 204;
      res.end();
    });
  });
  target.listen(extraPort(20), "127.0.0.1");
  await once(target, "listening");
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  devServer = await startAppServer(extraPort(21), { WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" });
  // The worker delivers to the local target: the development switch is on for it too.
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "true";
  worker = new WorkerProcess();
  worker.start();
  // "Within seconds" is measured from a running worker, not from its start-up.
  await expect.poll(() => worker.output, { timeout: 120_000 }).toContain("webhooks started");
});

test.afterAll(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach("worker output", { body: worker?.output ?? "", contentType: "text/plain" });
  await worker?.stop();
  await devServer?.stop();
  target?.close();
});

async function tokenWithWebhooks() {
  const owner = await makeUser("USER");
  const { secret } = await createToken(owner, { name: "newsroom", scopes: ["read", "webhooks"] }, { via: "web" });
  return { owner, auth: { Authorization: `Bearer ${secret}` } };
}

test("a webhook subscribed through the API receives a signed count.threshold_reached within seconds", async ({ request }, testInfo) => {
  const { auth } = await tokenWithWebhooks();
  const { slug } = await makeInitiative({ title: { en: "Webhook test initiative" } });
  const path = `/ok/${slug}`;
  const created = await request.post(`${devServer.url}/api/v1/webhooks`, {
    headers: auth,
    data: { url: `${targetUrl}${path}`, events: ["count.threshold_reached"], initiatives: [slug] },
  });
  expect(created.status()).toBe(201);
  const hook = (await created.json()) as { id: string; secret: string; enabled: boolean };
  expect(hook).toMatchObject({ enabled: true, secret: expect.stringMatching(/^whsec_/) });

  const crossedAt = Date.now();
  await recordCounts(systemActor("e2e"), { slug }, { observations: [{ value: 50_200, observedAt: new Date() }] }, { via: "api" });
  await expect.poll(() => received.filter((r) => r.path === path).length, { timeout: 15_000 }).toBe(1);
  const message = received.find((r) => r.path === path) as Received;
  testInfo.annotations.push({ type: "delivered after", description: `${message.at - crossedAt} ms` });
  expect(message.at - crossedAt).toBeLessThan(10_000);
  const verified = new Webhook(hook.secret).verify(message.body, message.headers as Record<string, string>) as {
    type: string;
    data: { slug: string; value: number; threshold: { target: number } };
  };
  expect(verified).toMatchObject({ type: "count.threshold_reached", data: { slug, value: 50_200, threshold: { target: 50_000 } } });

  const log = await request.get(`${devServer.url}/api/v1/webhooks/${hook.id}/deliveries`, { headers: auth });
  expect(((await log.json()) as { deliveries: unknown[] }).deliveries).toEqual([
    expect.objectContaining({
      id: message.headers["webhook-id"],
      eventType: "count.threshold_reached",
      status: "SUCCEEDED",
      attempts: 1,
      lastStatusCode: 204,
    }),
  ]);
});

test("count.recorded is opt-in: one message per recorded batch to the subscription that names it, none to one for every type", async ({
  request,
}) => {
  const { auth } = await tokenWithWebhooks();
  const { slug } = await makeInitiative({ title: { en: "Webhook count test initiative" } });
  const subscribe = async (path: string, events?: string[]) => {
    const created = await request.post(`${devServer.url}/api/v1/webhooks`, {
      headers: auth,
      data: { url: `${targetUrl}${path}`, initiatives: [slug], ...(events ? { events } : {}) },
    });
    expect(created.status()).toBe(201);
    return (await created.json()) as { id: string; secret: string; events: string[] };
  };
  const named = await subscribe(`/ok/counts-${slug}`, ["count.recorded"]);
  const everyType = await subscribe(`/ok/every-${slug}`);
  expect(everyType.events).toEqual([]);

  const observedAt = new Date(Date.now() - 60_000);
  await recordCounts(
    systemActor("e2e"),
    { slug },
    {
      observations: [
        { value: 1_234, observedAt: new Date(Date.now() - 120_000) },
        { value: 1_300, observedAt },
      ],
    },
    { via: "api" },
  );
  await expect.poll(() => received.filter((r) => r.path === `/ok/counts-${slug}`).length, { timeout: 15_000 }).toBe(1);
  const message = received.find((r) => r.path === `/ok/counts-${slug}`) as Received;
  expect(new Webhook(named.secret).verify(message.body, message.headers as Record<string, string>)).toMatchObject({
    type: "count.recorded",
    timestamp: observedAt.toISOString(),
    data: { slug, value: 1_300, observedAt: observedAt.toISOString(), source: "api", observations: 2, latestTotal: 1_300 },
  });
  // Both subscriptions' deliveries are queued together: the one for every type got none.
  const log = await request.get(`${devServer.url}/api/v1/webhooks/${everyType.id}/deliveries`, { headers: auth });
  expect(((await log.json()) as { deliveries: unknown[] }).deliveries).toEqual([]);
  expect(received.filter((r) => r.path === `/ok/every-${slug}`)).toEqual([]);
});

test("a target that answers 500 is retried with backoff, and the attempts show in the delivery log", async ({ request }) => {
  const { auth } = await tokenWithWebhooks();
  const path = `/fail/${Date.now()}`;
  const created = await request.post(`${devServer.url}/api/v1/webhooks`, { headers: auth, data: { url: `${targetUrl}${path}` } });
  expect(created.status()).toBe(201);
  const hook = (await created.json()) as { id: string };
  expect((await request.post(`${devServer.url}/api/v1/webhooks/${hook.id}/test`, { headers: auth })).status()).toBe(202);

  // The first attempt at once, the second about 5 seconds later, with the same webhook-id.
  await expect.poll(() => received.filter((r) => r.path === path).length, { timeout: 30_000 }).toBe(2);
  const [first, second] = received.filter((r) => r.path === path) as [Received, Received];
  expect(second.at - first.at).toBeGreaterThanOrEqual(4_000);
  expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);

  type Delivery = {
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
    nextAttemptAt: string | null;
  };
  const deliveries = async () =>
    (
      (await (await request.get(`${devServer.url}/api/v1/webhooks/${hook.id}/deliveries`, { headers: auth })).json()) as {
        deliveries: Delivery[];
      }
    ).deliveries;
  await expect.poll(async () => (await deliveries())[0]?.attempts, { timeout: 10_000 }).toBe(2);
  const [delivery] = await deliveries();
  expect(delivery).toMatchObject({ status: "PENDING", lastStatusCode: 500, lastError: "HTTP 500" });
  // The third attempt waits 5 minutes.
  expect(new Date(delivery?.nextAttemptAt ?? 0).getTime() - Date.now()).toBeGreaterThan(240_000);
});

test("a target on 127.0.0.1 (or plain http) is refused without the development switch", async ({ request }) => {
  const { auth } = await tokenWithWebhooks();
  for (const [url, code] of [
    [`${targetUrl}/ok/refused`, "webhookHttps"],
    ["https://127.0.0.1/hook", "webhookPrivate"],
    ["https://localhost/hook", "webhookPrivate"],
    ["https://169.254.169.254/latest/meta-data", "webhookPrivate"],
  ] as const) {
    const response = await request.post("/api/v1/webhooks", { headers: auth, data: { url } });
    expect(response.status(), url).toBe(422);
    expect(((await response.json()) as { error: { issues: { path: string; code: string }[] } }).error.issues).toEqual([
      expect.objectContaining({ path: "url", code }),
    ]);
  }
  // And nothing was stored.
  const list = await request.get("/api/v1/webhooks", { headers: auth });
  expect(((await list.json()) as { webhooks: unknown[] }).webhooks).toEqual([]);
});

test("webhooks need the webhooks scope and a signed-in owner", async ({ request }) => {
  const owner = await makeUser("USER");
  const { secret } = await createToken(owner, { name: "reader", scopes: ["read"] }, { via: "web" });
  expect((await request.get("/api/v1/webhooks", { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(403);
  expect((await request.get("/api/v1/webhooks")).status()).toBe(401);
});
