import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { resetEnvForScripts } from "@/lib/env";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { queueCountRecorded } from "./count-recorded";
import { deliverWebhook, dueWebhookDeliveries, RETRY_SCHEDULE_SECONDS } from "./deliver";
import { queueWebhookDeliveries } from "./enqueue";
import { createWebhook, deleteWebhook, rotateWebhookSecret } from "./manage-webhooks";
import { getWebhook, listDeliveries } from "./queries";
import { sendTestWebhook } from "./send-test";

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
let server: Server;
let base = "";

function allowPrivateTargets(on: boolean) {
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = String(on);
  resetEnvForScripts();
}

beforeAll(async () => {
  allowPrivateTargets(true);
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body });
      res.statusCode = req.url?.startsWith("/fail") ? 500 : 204;
      res.end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  allowPrivateTargets(false);
  server.close();
});

/** Everything the worker would do now: new events and count batches to deliveries, then every due delivery. */
async function workerRound() {
  while ((await queueWebhookDeliveries()) + (await queueCountRecorded()) > 0);
  for (const id of await dueWebhookDeliveries(1000)) await deliverWebhook(id);
}

const crossFiftyThousand = (slug: string) =>
  recordCounts(systemActor("test"), { slug }, { observations: [{ value: 50_100, observedAt: new Date() }] }, { via: "api" });

describe("webhooks (real PostgreSQL, a real HTTP target)", () => {
  it("delivers a signed count.threshold_reached that verifies with the standardwebhooks library", async () => {
    const owner = await makeUser();
    const { slug } = await makeInitiative();
    const path = `/ok/${slug}`;
    const hook = await createWebhook(owner, { url: `${base}${path}`, events: ["count.threshold_reached"], initiatives: [slug] });
    expect(hook.secret).toMatch(/^whsec_/);
    const otherTopic = await createWebhook(owner, { url: `${base}/ok/never-${slug}`, topics: ["no-such-topic"] });

    await crossFiftyThousand(slug);
    await workerRound();

    const got = received.filter((r) => r.path === path);
    expect(got).toHaveLength(1);
    const [message] = got as [Received];
    const verified = new Webhook(hook.secret).verify(message.body, message.headers as Record<string, string>) as {
      type: string;
      data: { slug: string; threshold: { target: number }; url: string };
    };
    expect(verified.type).toBe("count.threshold_reached");
    expect(verified.data.slug).toBe(slug);
    expect(verified.data.threshold.target).toBe(50_000);
    expect(verified.data.url).toContain(`/initiatives/${slug}`);
    expect(message.headers["webhook-id"]).toMatch(/^msg_/);
    // Signed with another secret, it does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.from("x".repeat(32)).toString("base64")}`).verify(
        message.body,
        message.headers as Record<string, string>,
      ),
    ).toThrow();

    const log = await listDeliveries(owner, hook.id);
    expect(log).toEqual([
      expect.objectContaining({ eventType: "count.threshold_reached", status: "SUCCEEDED", attempts: 1, lastStatusCode: 204 }),
    ]);
    expect(await listDeliveries(owner, otherTopic.id)).toEqual([]);

    // Again (a retry of the round) sends nothing twice.
    await workerRound();
    expect(received.filter((r) => r.path === path)).toHaveLength(1);
  });

  it("sends the opt-in count.recorded once per recorded batch, only to subscriptions that name it, and never for old history", async () => {
    const owner = await makeUser();
    const { slug } = await makeInitiative();
    const named = await createWebhook(owner, { url: `${base}/ok/counts-${slug}`, events: ["count.recorded"], initiatives: [slug] });
    const everyType = await createWebhook(owner, { url: `${base}/ok/every-${slug}`, initiatives: [slug] });
    const elsewhere = await createWebhook(owner, { url: `${base}/ok/else-${slug}`, events: ["count.recorded"], initiatives: ["other"] });
    const record = (observations: { value: number; observedAt: Date; kind?: string }[]) =>
      recordCounts(systemActor("test"), { slug }, { observations }, { via: "api" });
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const newest = hoursAgo(2);

    // One batch of three observations (two totals, one online count): one message, with the newest total.
    await record([
      { value: 1_000, observedAt: hoursAgo(3) },
      { value: 1_200, observedAt: newest },
      { value: 900, observedAt: newest, kind: "ONLINE" },
    ]);
    await record([{ value: 1_500, observedAt: hoursAgo(1) }]);
    // A backfill of last month's history is recorded, not sent.
    await record([{ value: 400, observedAt: hoursAgo(24 * 30) }]);
    await workerRound();

    const got = received.filter((r) => r.path === `/ok/counts-${slug}`);
    const messages = got.map(
      (m) =>
        new Webhook(named.secret).verify(m.body, m.headers as Record<string, string>) as {
          type: string;
          timestamp: string;
          data: Record<string, unknown>;
        },
    );
    expect(messages.map((m) => [m.type, m.data.value, m.data.observations, m.data.latestTotal])).toEqual([
      ["count.recorded", 1_200, 3, 1_200],
      ["count.recorded", 1_500, 1, 1_500],
    ]);
    expect(messages[0]).toMatchObject({
      timestamp: newest.toISOString(),
      data: { slug, source: "api", observedAt: newest.toISOString(), url: expect.stringContaining(`/initiatives/${slug}`) },
    });
    expect(new Set(got.map((m) => m.headers["webhook-id"])).size).toBe(2);
    // "Every type" leaves the opt-in type out; a filter on another initiative gets nothing.
    expect((await listDeliveries(owner, everyType.id)).filter((d) => d.eventType === "count.recorded")).toEqual([]);
    expect(await listDeliveries(owner, elsewhere.id)).toEqual([]);
  });

  it("retries a target that answers 500 on the schedule, with the same webhook-id, then turns the webhook off and emails its owner", async () => {
    const owner = await makeUser();
    const { slug } = await makeInitiative();
    const path = `/fail/${slug}`;
    const hook = await createWebhook(owner, { url: `${base}${path}`, initiatives: [slug] });
    await crossFiftyThousand(slug);
    const before = Date.now();
    await workerRound();

    let [delivery] = await listDeliveries(owner, hook.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    const wait = new Date(delivery?.nextAttemptAt ?? 0).getTime() - before;
    expect(wait).toBeGreaterThanOrEqual((RETRY_SCHEDULE_SECONDS[0] as number) * 1000 - 1000);
    expect(wait).toBeLessThan(60_000);

    // Not due yet: nothing is sent. Then time passes.
    await workerRound();
    expect(received.filter((r) => r.path === path)).toHaveLength(1);
    await db().webhookDelivery.updateMany({ where: { subscriptionId: hook.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await workerRound();
    [delivery] = await listDeliveries(owner, hook.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 2, lastStatusCode: 500 });
    expect(new Date(delivery?.nextAttemptAt ?? 0).getTime() - Date.now()).toBeGreaterThan(250_000);
    const ids = received.filter((r) => r.path === path).map((r) => r.headers["webhook-id"]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);

    // The last attempt of the schedule fails too.
    await db().webhookDelivery.updateMany({
      where: { subscriptionId: hook.id },
      data: { attempts: RETRY_SCHEDULE_SECONDS.length, nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await workerRound();
    [delivery] = await listDeliveries(owner, hook.id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: RETRY_SCHEDULE_SECONDS.length + 1, nextAttemptAt: null });
    expect(await getWebhook(owner, hook.id)).toMatchObject({ enabled: false, disabledReason: expect.stringContaining("HTTP 500") });
    const email = await db().emailOutbox.findFirstOrThrow({
      where: { userId: owner.userId, dedupeKey: { startsWith: `webhook-disabled:${hook.id}:` } },
    });
    expect(email.subject).toBe("Your Threshold webhook was turned off");
    expect(email.textBody).toContain(path);
  });

  it("refuses plain http and private, loopback and link-local targets unless the development switch is on", async () => {
    const owner = await makeUser();
    const allowed = await createWebhook(owner, { url: `${base}/ok/allowed` });
    allowPrivateTargets(false);
    try {
      const issueOf = (url: string) =>
        createWebhook(owner, { url }).then(
          () => null,
          (e: { code: string; issues?: { path: string; code: string }[] }) => [e.code, e.issues?.[0]?.path, e.issues?.[0]?.code],
        );
      expect(await issueOf(`${base}/ok`)).toEqual(["INVALID_INPUT", "url", "webhookHttps"]);
      expect(await issueOf("https://127.0.0.1/hook")).toEqual(["INVALID_INPUT", "url", "webhookPrivate"]);
      expect(await issueOf("https://169.254.169.254/latest")).toEqual(["INVALID_INPUT", "url", "webhookPrivate"]);
      expect(await issueOf("https://[::ffff:10.0.0.1]/hook")).toEqual(["INVALID_INPUT", "url", "webhookPrivate"]);
      expect(await issueOf("https://localhost/hook")).toEqual(["INVALID_INPUT", "url", "webhookPrivate"]);
      expect(await issueOf("ftp://example.org/")).toEqual(["INVALID_INPUT", "url", "url"]);

      // A subscription made while the switch was on is refused at delivery time: nothing reaches it.
      const test = await sendTestWebhook(owner, allowed.id);
      await deliverWebhook(test.id);
      const [delivery] = await listDeliveries(owner, allowed.id);
      expect(delivery).toMatchObject({ id: test.id, status: "PENDING", attempts: 1, lastStatusCode: null });
      expect(delivery?.lastError).toMatch(/refused/);
      expect(received.filter((r) => r.path === "/ok/allowed")).toHaveLength(0);
    } finally {
      allowPrivateTargets(true);
    }
  });

  it("keeps each person's webhooks their own; rotating the secret signs with the new one; deleting stops them", async () => {
    const [owner, other] = await Promise.all([makeUser(), makeUser()]);
    const hook = await createWebhook(owner, { url: `${base}/ok/own` });
    await expect(getWebhook(other, hook.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWebhook(other, hook.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWebhook(null, hook.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const rotated = await rotateWebhookSecret(owner, hook.id);
    expect(rotated.secret).not.toBe(hook.secret);
    const test = await sendTestWebhook(owner, hook.id);
    await deliverWebhook(test.id);
    const message = received.find((r) => r.headers["webhook-id"] === test.id) as Received;
    expect((new Webhook(rotated.secret).verify(message.body, message.headers as Record<string, string>) as { type: string }).type).toBe(
      "webhook.test",
    );
    expect(() => new Webhook(hook.secret).verify(message.body, message.headers as Record<string, string>)).toThrow();

    await deleteWebhook(owner, hook.id);
    expect(await db().webhookDelivery.count({ where: { subscriptionId: hook.id } })).toBe(0);
    // An account deleted takes its webhooks with it.
    const gone = await createWebhook(other, { url: `${base}/ok/gone` });
    await db().user.delete({ where: { id: other.userId } });
    expect(await db().webhookSubscription.count({ where: { id: gone.id } })).toBe(0);
  });
});
