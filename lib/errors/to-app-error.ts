// The one place a thrown value becomes an answer. Route handlers (JSON or HTML), server actions and
// scripts all ask here: an AppError is answered with its code; an unreachable database or an
// exhausted pool becomes UNAVAILABLE (503 with Retry-After, lib/errors/unavailable.ts);
// everything else is unknown: logged with the request id and shown generically, never its message.
import { reportDbUnavailable } from "@/lib/db-health.js";
import { AppError } from "./app-error";
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "./unavailable";

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
  return null;
}

/** Logs an unknown error under its request id (the only place its message is written down). */
export function logUnknownError(e: unknown, requestId: string): void {
  console.error(`[${requestId}]`, e);
}
