// Test data with unique names, made through the domain commands (never raw inserts), so tests can
// run in parallel and in any order against one database.
import { randomUUID } from "node:crypto";
import { systemActor, type UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import type { TRegisterInitiative } from "@/lib/initiatives/schemas";

export const testActor = systemActor("test");
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeInitiative(overrides: Partial<TRegisterInitiative> = {}) {
  const slug = overrides.slug ?? unique("test-initiative");
  return registerInitiative(
    testActor,
    {
      slug,
      schemeCode: "fi-citizens-initiative",
      title: { en: `Test initiative ${slug}` },
      summary: { en: "Made by a test." },
      openedAt: new Date("2026-01-05T10:00:00Z"),
      ...overrides,
    },
    { via: "seed" },
  );
}

export async function makeUser(role: UserActor["role"] = "USER"): Promise<UserActor> {
  const email = `${unique("user")}@example.org`;
  const user = await db().user.create({ data: { email, role, emailVerified: new Date() } });
  return { kind: "user", userId: user.id, email, role };
}
