import "server-only";
// Sending one outbox email at most once in practice: a row is claimed with a lease (SENDING until
// leaseUntil), sent with a stable Message-ID, then marked SENT. A retry, a second worker or a
// restarted worker finds it SENT, or leased by someone alive, and does nothing; only a worker that
// died mid-send leaves a lease to expire, after which the email (never accepted by the SMTP server,
// or accepted and then deduplicated by its Message-ID) is tried again. The lease is renewed while a
// send runs, and SMTP timeouts are well below it (lib/mail/transport.ts), so a slow send is never
// taken over. The one window left: a crash after the SMTP server accepted the message and before
// SENT is recorded; the retry then carries the same Message-ID.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverMail } from "@/lib/mail/transport";

export type DeliveryResult = "sent" | "skipped" | "failed" | "gave-up";

export async function deliverOutboxEmail(emailId: string): Promise<DeliveryResult> {
  const e = env();
  const claimed = await db().$queryRaw<
    { id: string; toAddress: string; subject: string; textBody: string; htmlBody: string | null; headers: unknown; attempts: number }[]
  >`
    UPDATE "EmailOutbox"
    SET status = 'SENDING', "leaseUntil" = now() + make_interval(secs => ${e.EMAIL_LEASE_SECONDS}), attempts = attempts + 1
    WHERE id = ${emailId}
      AND ((status = 'PENDING' AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now()))
    RETURNING id, "toAddress", subject, "textBody", "htmlBody", headers, attempts`;
  const row = claimed[0];
  if (!row) return "skipped";
  const messageId = `<${row.id}@${new URL(e.APP_URL).hostname}>`;
  const renew = setInterval(
    () =>
      void db().$executeRaw`UPDATE "EmailOutbox" SET "leaseUntil" = now() + make_interval(secs => ${e.EMAIL_LEASE_SECONDS})
          WHERE id = ${row.id} AND status = 'SENDING'`.catch(() => undefined),
    (e.EMAIL_LEASE_SECONDS * 1000) / 3,
  );
  try {
    await deliverMail({
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody ?? undefined,
      headers: row.headers as Record<string, string>,
      messageId,
    });
  } catch (err) {
    const gaveUp = row.attempts >= e.EMAIL_MAX_ATTEMPTS;
    const backoffSeconds = Math.min(3600, 10 * 2 ** (row.attempts - 1));
    await db().emailOutbox.update({
      where: { id: row.id },
      data: {
        status: gaveUp ? "FAILED" : "PENDING",
        leaseUntil: null,
        nextAttemptAt: new Date(Date.now() + backoffSeconds * 1000),
        lastError: err instanceof Error ? err.message.slice(0, 500) : String(err),
      },
    });
    return gaveUp ? "gave-up" : "failed";
  } finally {
    clearInterval(renew);
  }
  await db().emailOutbox.update({
    where: { id: row.id },
    data: { status: "SENT", sentAt: new Date(), messageId, leaseUntil: null, lastError: null },
  });
  return "sent";
}

/** Emails due for (another) attempt: pending and due, or leased by a worker that is gone. */
export async function dueEmailIds(limit = 500): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "EmailOutbox"
    WHERE (status = 'PENDING' AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now())
    ORDER BY "createdAt" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
