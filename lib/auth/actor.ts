// Who is doing something, and the one place roles are compared. Every domain command takes an
// Actor and checks it here, whatever the route, form or script that called it.
import { AppError } from "@/lib/errors/app-error";

export const ROLES = ["USER", "EDITOR", "ADMIN"] as const;
export type TRole = (typeof ROLES)[number];

export type UserActor = { kind: "user"; userId: string; email: string; role: TRole };
/** Trusted code paths that no HTTP request can reach: importers, the seed, operator CLIs. */
export type SystemActor = { kind: "system"; label: string };
export type Actor = UserActor | SystemActor;

export type RequestContext = {
  requestId?: string;
  via: "web" | "api" | "cli" | "import" | "seed" | "worker";
};

const RANK: Record<TRole, number> = { USER: 0, EDITOR: 1, ADMIN: 2 };

export function hasRole(actor: Actor | null | undefined, role: TRole): boolean {
  if (!actor) return false;
  if (actor.kind === "system") return true;
  return RANK[actor.role] >= RANK[role];
}

/** Throws UNAUTHENTICATED (401) without an actor, FORBIDDEN (403) when the role is too low. */
export function requireRole<A extends Actor>(actor: A | null | undefined, role: TRole): A {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!hasRole(actor, role)) {
    throw new AppError("FORBIDDEN", { message: `${role} required, actor has ${actor.kind === "user" ? actor.role : "?"}` });
  }
  return actor;
}

export function requireUser(actor: Actor | null | undefined): UserActor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", { message: "A signed-in person is required" });
  return actor;
}

export function actorLabel(actor: Actor): string {
  return actor.kind === "user" ? actor.email : actor.label;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

export const systemActor = (label: string): SystemActor => ({ kind: "system", label });
