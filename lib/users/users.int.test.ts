import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser, testActor, unique } from "@/lib/testing/factories";
import { grantAdmin } from "./grant-admin";
import { setRole } from "./set-role";

const ctx = { via: "web" as const };

describe("people and roles (real PostgreSQL)", () => {
  it("lets an admin change someone else's role, audited, but not their own", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("USER");
    await setRole(admin, { userId: user.userId, role: "EDITOR" }, ctx);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.userId } })).toMatchObject({ role: "EDITOR" });
    expect(await db().auditEvent.findMany({ where: { actorId: admin.userId } })).toMatchObject([
      { action: "user.set_role", entityId: user.userId, before: { role: "USER" }, after: { role: "EDITOR" } },
    ]);
    await expect(setRole(admin, { userId: admin.userId, role: "USER" }, ctx)).rejects.toMatchObject({ issues: [{ path: "role" }] });
    await expect(setRole(admin, { userId: user.userId, role: "OWNER" as never }, ctx)).rejects.toMatchObject({
      issues: [{ path: "role" }],
    });
    await expect(setRole(await makeUser("EDITOR"), { userId: user.userId, role: "ADMIN" }, ctx)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("grants admin to a new or existing address, once", async () => {
    const email = `${unique("boss")}@Example.org`;
    const first = await grantAdmin(testActor, { email }, { via: "cli" });
    expect(first).toMatchObject({ email: email.toLowerCase(), created: true, changed: true });
    expect(await grantAdmin(testActor, { email }, { via: "cli" })).toMatchObject({ changed: false });
    expect(await db().auditEvent.count({ where: { entityId: first.userId, action: "user.grant_admin" } })).toBe(1);
    const existing = await makeUser("USER");
    expect(await grantAdmin(testActor, { email: existing.email }, { via: "cli" })).toMatchObject({ created: false, changed: true });
    expect(await db().user.findUniqueOrThrow({ where: { id: existing.userId } })).toMatchObject({ role: "ADMIN" });
    await expect(grantAdmin(testActor, { email: "not an address" }, { via: "cli" })).rejects.toMatchObject({ issues: [{ path: "email" }] });
  });
});
