// The one place a thrown value becomes an answer. Route handlers (JSON or HTML), server actions and
// scripts all ask here: an AppError is answered with its code; anything this function learns to
// recognise (add mappings here, e.g. an unreachable database -> UNAVAILABLE) becomes one too;
// everything else is unknown: logged with the request id and shown generically, never its message.
import { AppError } from "./app-error";

export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  return null;
}

/** Logs an unknown error under its request id (the only place its message is written down). */
export function logUnknownError(e: unknown, requestId: string): void {
  console.error(`[${requestId}]`, e);
}
