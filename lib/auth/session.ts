import "server-only";
// Who is asking, from the Auth.js database session (pages, server actions, route handlers; API
// tokens: lib/tokens/authenticate.ts). Authorisation itself happens in the domain commands
// (requireRole) and again in every handler; this only identifies.
import type { UserActor } from "./actor";
import { auth } from "./auth";

export async function currentActor(): Promise<UserActor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { kind: "user", userId: user.id, email: user.email, role: user.role };
}
