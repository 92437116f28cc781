import "server-only";
// Exactly-once writes for scripts: a write-API request with an `Idempotency-Key` header is carried
// out at most once per caller and key. The key is inserted in the same transaction as the write
// (lib/db.ts withFirstInTransaction), so a row exists exactly when the write committed; its answer
// is stored just after, and a retry with the same key and the same request gets that answer again
// (`Idempotent-Replayed: true`). The same key with another request is 422. Rows are kept 24 hours.
//
// The one window left: the process dies after the commit and before the answer is stored. A retry
// then gets 409 saying the request was already carried out (never a second write).
import { createHash } from "node:crypto";
import { db, withFirstInTransaction, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { IDEMPOTENCY_TTL_HOURS } from "@/lib/jobs/retention";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** How long a retry waits for the answer of the same request still being carried out. */
const CONCURRENT_WAIT_MS = 5000;

type Stored = { requestHash: string; status: number | null; response: string | null };

function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest("hex");
}

/** The key of this request, or null when it sent none; a malformed key is 400. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_FORMAT.test(key)) {
    throw new AppError("BAD_REQUEST", { userMessage: "The Idempotency-Key header must be 1 to 255 visible ASCII characters." });
  }
  return key;
}

async function find(scope: string, key: string): Promise<Stored | null> {
  const rows = await db().$queryRaw<Stored[]>`
    SELECT "requestHash", "status", "response" FROM "IdempotencyKey"
    WHERE "scope" = ${scope} AND "key" = ${key} AND "createdAt" > now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  return rows[0] ?? null;
}

class AlreadyClaimed extends Error {}

async function claim(tx: Tx, scope: string, key: string, hash: string): Promise<void> {
  // An expired row of the same key is forgotten; a live one (even uncommitted, in a concurrent
  // request: the insert waits for it) means this request was already carried out.
  await tx.$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE "scope" = ${scope} AND "key" = ${key}
      AND "createdAt" <= now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  const inserted = await tx.$executeRaw`
    INSERT INTO "IdempotencyKey" ("scope", "key", "requestHash") VALUES (${scope}, ${key}, ${hash})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) throw new AlreadyClaimed();
}

function replay(stored: Stored, hash: string): Response {
  if (stored.requestHash !== hash) {
    throw new AppError("INVALID_INPUT", { userMessage: "This Idempotency-Key was already used with a different request." });
  }
  if (stored.status === null || stored.response === null) {
    throw new AppError("CONFLICT", {
      userMessage: "A request with this Idempotency-Key was already carried out; its answer was not kept.",
    });
  }
  return new Response(stored.response, {
    status: stored.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store", "Idempotent-Replayed": "true" },
  });
}

async function storedAnswer(scope: string, key: string): Promise<Stored | null> {
  const deadline = Date.now() + CONCURRENT_WAIT_MS;
  for (;;) {
    const stored = await find(scope, key);
    if (!stored || stored.status !== null || Date.now() > deadline) return stored;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Carries out `write` once per (caller, key): see the file comment. `callerId` scopes keys to one
 * caller, so two scripts cannot collide or read each other's answers.
 */
export async function idempotent(
  request: Request,
  key: string,
  callerId: string,
  body: unknown,
  write: () => Promise<Response>,
): Promise<Response> {
  const path = new URL(request.url).pathname;
  const scope = `${callerId} ${request.method} ${path}`;
  const hash = requestHash(request.method, path, body);
  const before = await find(scope, key);
  if (before) return replay(before, hash);
  let outcome: { result: Response; fired: boolean };
  try {
    outcome = await withFirstInTransaction((tx) => claim(tx, scope, key, hash), write);
  } catch (e) {
    if (!(e instanceof AlreadyClaimed)) throw e;
    // The same key arrived twice at once: answer as the first one did.
    const stored = await storedAnswer(scope, key);
    if (!stored) throw new AppError("CONFLICT", { userMessage: "A request with this Idempotency-Key is still being carried out." });
    return replay(stored, hash);
  }
  const { result, fired } = outcome;
  if (fired) {
    try {
      const text = await result.clone().text();
      await db().$executeRaw`
        UPDATE "IdempotencyKey" SET "status" = ${result.status}, "response" = ${text} WHERE "scope" = ${scope} AND "key" = ${key}`;
    } catch (e) {
      // The write is committed and its answer goes out; only a retry would miss it (409, see above).
      console.warn(`Idempotency-Key answer not stored (${scope}):`, e);
    }
  }
  return result;
}
