// A token can only do what its scopes say; a session (same-origin, see actorForWrite) is not
// limited by scopes, only by the person's role.
import { AppError } from "@/lib/errors/app-error";
import type { TApiScope } from "./schemas";

export function requireScope(actor: { via: "session" | "token"; scopes: string[] | null }, scope: TApiScope): void {
  if (actor.via === "token" && !actor.scopes?.includes(scope))
    throw new AppError("FORBIDDEN", { userMessage: `This token does not have the ${scope} scope.` });
}
