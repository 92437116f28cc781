import "server-only";
// The check at the top of every admin page, layout and server action: 401 without a session, 403
// when the role is too low (Next's unauthorized()/forbidden(), so pages and form posts get the
// right status). Never rely on proxy.ts for this; the domain commands check the actor again.
import { forbidden, unauthorized } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { hasRole, type TRole, type UserActor } from "./actor";
import { currentActor } from "./session";

export async function guard(role: TRole): Promise<UserActor> {
  const actor = await currentActor();
  if (!actor) unauthorized();
  if (!hasRole(actor, role)) forbidden();
  return actor;
}

/** Turns a domain UNAUTHENTICATED/FORBIDDEN into the same interrupts; other errors pass through. */
export function rethrowAccessError(e: unknown): void {
  if (isAppError(e) && e.code === "UNAUTHENTICATED") unauthorized();
  if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
}
