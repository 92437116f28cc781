// The one place a thrown value becomes an answer. Route handlers (JSON or HTML), server actions and
// scripts all ask here: an AppError is answered with its code; an unreachable database or an
// exhausted pool becomes UNAVAILABLE (503 with Retry-After, lib/errors/unavailable.ts); a value
// the database refuses becomes BAD_REQUEST; everything else is unknown: logged with the request id and shown generically, never its message.
import { reportDbUnavailable } from "@/lib/db-health.js";
import { AppError } from "./app-error";
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "./unavailable";

/**
 * PostgreSQL's data exceptions that only a value sent to it can cause: too long for its column
 * (22001), out of its type's range (22003, 22008: a version beyond int4, a year beyond 294276), not a
 * valid date-time (22007), a character the database cannot store (22021: NUL; 22P05). Found by the
 * endpoint fuzzing: input that reached a query before any schema saw it (a lookup by a hidden field).
 */
const INPUT_DATA_EXCEPTIONS = new Set(["22001", "22003", "22007", "22008", "22021", "22P05"]);

/** The SQLSTATE of a database error as Prisma reports it (driver adapter or raw query), if any. */
function sqlState(e: unknown): string | undefined {
  if (!(e instanceof Error) || !("meta" in e)) return undefined;
  const meta = (e as { meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const code = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
  return typeof code === "string" ? code : undefined;
}

export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (isDatabaseUnavailable(e)) {
    reportDbUnavailable();
    return new AppError("UNAVAILABLE", {
      message: `database unavailable: ${e instanceof Error ? e.message.split("\n").find((l) => l.trim()) : String(e)}`,
      details: { retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS },
      cause: e,
    });
  }
  const state = sqlState(e);
  if (state && INPUT_DATA_EXCEPTIONS.has(state))
    return new AppError("BAD_REQUEST", {
      userMessage: "A value is too long, out of range, or holds a character that cannot be stored.",
      message: `database refused a value (SQLSTATE ${state})`,
      cause: e,
    });
  return null;
}

/** Logs an unknown error under its request id (the only place its message is written down). */
export function logUnknownError(e: unknown, requestId: string): void {
  console.error(`[${requestId}]`, e);
}
