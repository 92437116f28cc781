import "server-only";
// What is kept, and for how long: expired sessions and sign-in tokens, rate-limit counters whose
// window has passed, Idempotency-Keys after 24 hours, count batches a day after their webhook
// deliveries were queued, and emails sent more than
// RETENTION_SENT_EMAIL_DAYS ago (their dedupe keys are only needed while a retry could happen).
// Run hourly by the worker (lib/jobs/maintenance.ts); each delete is one statement, safe to repeat.
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** How long an Idempotency-Key and its answer are kept (lib/http/idempotency.ts honours the same). */
export const IDEMPOTENCY_TTL_HOURS = 24;

export type RetentionResult = {
  sessions: number;
  verificationTokens: number;
  rateLimits: number;
  idempotencyKeys: number;
  sentEmails: number;
  countBatches: number;
};

export async function applyRetention(now = new Date()): Promise<RetentionResult> {
  const sentEmailDays = env().RETENTION_SENT_EMAIL_DAYS;
  const client = db();
  const [sessions, verificationTokens, rateLimits, idempotencyKeys, sentEmails, countBatches] = await Promise.all([
    client.$executeRaw`DELETE FROM "Session" WHERE expires < ${now}`,
    client.$executeRaw`DELETE FROM "VerificationToken" WHERE expires < ${now}`,
    // rate-limiter-flexible stores the end of a counter's window in milliseconds.
    client.$executeRaw`DELETE FROM "rate_limit" WHERE expire IS NOT NULL AND expire < ${BigInt(now.getTime())}`,
    client.$executeRaw`DELETE FROM "IdempotencyKey" WHERE "createdAt" < ${new Date(now.getTime() - IDEMPOTENCY_TTL_HOURS * 3600_000)}`,
    client.$executeRaw`DELETE FROM "EmailOutbox" WHERE status = 'SENT' AND "sentAt" < ${new Date(now.getTime() - sentEmailDays * 86_400_000)}`,
    client.$executeRaw`DELETE FROM "CountBatch" WHERE "webhooksAt" < ${new Date(now.getTime() - 86_400_000)}`,
  ]);
  return { sessions, verificationTokens, rateLimits, idempotencyKeys, sentEmails, countBatches };
}
