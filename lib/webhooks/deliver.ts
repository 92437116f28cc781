import "server-only";
// Delivering one message: claimed under a lease (a second worker, or a retry of a job, finds it
// taken or done), signed with Standard Webhooks (webhook-id stays the same on every attempt),
// POSTed through lib/net's outboundFetch (public addresses only, redirects not followed) with a
// timeout. A 2xx answer is success; anything else is retried on Standard Webhooks' schedule, about
// a day in all; after the last attempt the message is FAILED, the subscription is turned off and
// its owner gets an email.
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";
import { renderHtml, renderText } from "@/lib/mail/layout";
import { outboundFetch } from "@/lib/net/outbound";
import { webhookPolicy } from "./target";

/** Seconds before each retry: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 27.6 h in all). */
export const RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 36000];

export type WebhookDeliveryResult = "delivered" | "skipped" | "failed" | "gave-up";

type Claimed = { id: string; payload: unknown; attempts: number; url: string; secret: string; subscriptionId: string };

export async function deliverWebhook(deliveryId: string, now = new Date()): Promise<WebhookDeliveryResult> {
  const e = env();
  const leaseSeconds = Math.ceil(e.WEBHOOK_TIMEOUT_MS / 1000) + 30;
  const [row] = await db().$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" d
    SET status = 'SENDING', "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}), attempts = d.attempts + 1, "lastAttemptAt" = now()
    FROM "WebhookSubscription" s
    WHERE d.id = ${deliveryId} AND s.id = d."subscriptionId" AND s."disabledAt" IS NULL
      AND ((d.status = 'PENDING' AND d."nextAttemptAt" <= now()) OR (d.status = 'SENDING' AND d."leaseUntil" < now()))
    RETURNING d.id, d.payload, d.attempts, s.url, s.secret, s.id AS "subscriptionId"`;
  if (!row) return "skipped";

  const body = JSON.stringify(row.payload);
  const sentAt = new Date();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await outboundFetch(
      row.url,
      {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/json",
          "user-agent": "Threshold-Webhooks/1",
          "webhook-id": row.id,
          "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
          "webhook-signature": new Webhook(row.secret).sign(row.id, sentAt, body),
        },
        body,
        signal: AbortSignal.timeout(e.WEBHOOK_TIMEOUT_MS),
      },
      webhookPolicy(),
    );
    statusCode = response.status;
    await response.body?.cancel().catch(() => undefined);
    if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
  } catch (err) {
    error =
      err instanceof Error ? (err.name === "TimeoutError" ? `no answer within ${e.WEBHOOK_TIMEOUT_MS} ms` : err.message) : String(err);
  }

  if (!error) {
    await db().webhookDelivery.update({
      where: { id: row.id },
      data: { status: "SUCCEEDED", deliveredAt: new Date(), lastStatusCode: statusCode, lastError: null, leaseUntil: null },
    });
    return "delivered";
  }
  const wait = RETRY_SCHEDULE_SECONDS[row.attempts - 1];
  await db().webhookDelivery.update({
    where: { id: row.id },
    data: {
      status: wait === undefined ? "FAILED" : "PENDING",
      nextAttemptAt: new Date(now.getTime() + (wait ?? 0) * 1000),
      lastStatusCode: statusCode,
      lastError: error.slice(0, 500),
      leaseUntil: null,
    },
  });
  if (wait !== undefined) return "failed";
  await disableSubscription(row.subscriptionId, error);
  return "gave-up";
}

/** Turns a subscription off after a message could not be delivered, and tells its owner (once). */
async function disableSubscription(subscriptionId: string, error: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const disabledAt = new Date();
    const reason = `A message could not be delivered for about a day (the last attempt: ${error.slice(0, 200)})`;
    const { count } = await tx.webhookSubscription.updateMany({
      where: { id: subscriptionId, disabledAt: null },
      data: { disabledAt, disabledReason: reason },
    });
    if (count === 0) return;
    const sub = await tx.webhookSubscription.findUniqueOrThrow({
      where: { id: subscriptionId },
      select: { id: true, url: true, user: { select: { id: true, email: true, locale: true } } },
    });
    const locale = localeOf(sub.user.locale);
    const t = getTranslator(locale);
    const appUrl = env().APP_URL;
    const mail = {
      paragraphs: [t("webhooks.disabledBody", { url: sub.url, error: error.slice(0, 200) }), t("webhooks.disabledFix", { id: sub.id })],
      action: { label: t("webhooks.developers"), url: new URL(localePath(locale, "/developers"), appUrl).toString() },
      footer: [t("webhooks.disabledWhy")],
    };
    await tx.emailOutbox.create({
      data: {
        dedupeKey: `webhook-disabled:${sub.id}:${disabledAt.getTime()}`,
        userId: sub.user.id,
        toAddress: sub.user.email,
        subject: t("webhooks.disabledSubject"),
        textBody: renderText(mail),
        htmlBody: renderHtml(mail, locale),
        headers: { "Auto-Submitted": "auto-generated" },
      },
    });
  });
}

/** Deliveries due for (another) attempt: pending and due, or leased by a worker that is gone. */
export async function dueWebhookDeliveries(limit = 200): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "WebhookDelivery" d JOIN "WebhookSubscription" s ON s.id = d."subscriptionId"
    WHERE s."disabledAt" IS NULL
      AND ((d.status = 'PENDING' AND d."nextAttemptAt" <= now()) OR (d.status = 'SENDING' AND d."leaseUntil" < now()))
    ORDER BY d."nextAttemptAt" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
