import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeInitiative, makeUser, unique } from "@/lib/testing/factories";
import { setRole } from "@/lib/users/set-role";
import { deleteAccount, pseudonymOf } from "./delete-account";
import { exportMyData } from "./export-data";

const ctx = { via: "web" as const };

async function personWithData() {
  const person = await makeUser("USER");
  const initiative = await makeInitiative();
  const userId = person.userId;
  await db().follow.create({ data: { userId, target: "INITIATIVE", initiativeId: initiative.id, eventKinds: ["THRESHOLD_REACHED"] } });
  await db().notificationPreference.create({ data: { userId, eventKind: "STAGE_CHANGED", channels: ["EMAIL_DIGEST"] } });
  await db().session.create({ data: { userId, sessionToken: unique("session-secret"), expires: new Date(Date.now() + 86_400_000) } });
  await db().apiToken.create({
    data: { userId, name: "my script", tokenHash: unique("hash-secret"), prefix: "thr_ab", scopes: ["counts:write"] },
  });
  await db().emailOutbox.create({
    data: { dedupeKey: unique("mail"), userId, toAddress: person.email, subject: "Digest", textBody: "…", status: "SENT" },
  });
  await db().webhookSubscription.create({
    data: { userId, url: "https://hooks.example.org/threshold", secret: "whsec_secret-value", events: [] },
  });
  await db().verificationToken.create({
    data: { identifier: person.email, token: unique("link"), expires: new Date(Date.now() + 600_000) },
  });
  return { person, initiative };
}

describe("a person's own data (real PostgreSQL)", () => {
  it("exports the account, follows, preferences, notifications, emails and tokens' metadata, without secrets", async () => {
    const { person, initiative } = await personWithData();
    const data = await exportMyData(person);
    expect(data.account).toMatchObject({ email: person.email, role: "USER", signInMethods: [] });
    expect(data.account.sessions).toHaveLength(1);
    expect(data.follows).toEqual([
      { target: "INITIATIVE", id: initiative.slug, eventKinds: ["THRESHOLD_REACHED"], since: expect.any(Date) },
    ]);
    expect(data.preferences).toMatchObject([{ eventKind: "STAGE_CHANGED", channels: ["EMAIL_DIGEST"] }]);
    expect(data.emails).toMatchObject([{ subject: "Digest", status: "SENT" }]);
    expect(data.apiTokens).toMatchObject([{ name: "my script", prefix: "thr_ab", scopes: ["counts:write"] }]);
    expect(data.webhooks).toMatchObject([{ url: "https://hooks.example.org/threshold" }]);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/secret|tokenHash|sessionToken/);
    await expect(exportMyData(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("deletes the person and everything personal once confirmed; audit rows keep a pseudonym", async () => {
    const { person } = await personWithData();
    const admin = await makeUser("ADMIN");
    await setRole(admin, { userId: person.userId, role: "EDITOR" }, ctx); // an audit row about them, with their address
    const editor = { ...person, role: "EDITOR" as const };
    await setRole(admin, { userId: (await makeUser("USER")).userId, role: "EDITOR" }, ctx);

    await expect(deleteAccount(editor, { confirmEmail: "someone@else.org" }, ctx)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: [{ path: "confirmEmail", code: "confirmEmail" }],
    });
    expect(await db().user.count({ where: { id: person.userId } })).toBe(1);

    await deleteAccount(editor, { confirmEmail: ` ${person.email.toUpperCase()} ` }, ctx);
    const userId = person.userId;
    expect(await db().user.count({ where: { id: userId } })).toBe(0);
    for (const count of [
      db().follow.count({ where: { userId } }),
      db().notificationPreference.count({ where: { userId } }),
      db().session.count({ where: { userId } }),
      db().apiToken.count({ where: { userId } }),
      db().webhookSubscription.count({ where: { userId } }),
      db().emailOutbox.count({ where: { toAddress: person.email } }),
      db().verificationToken.count({ where: { identifier: person.email } }),
    ])
      expect(await count).toBe(0);
    const audit = await db().auditEvent.findMany({ where: { entityType: "User", entityId: userId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.set_role", "user.delete_account"]);
    expect(audit[0]).toMatchObject({
      before: { email: pseudonymOf(userId), role: "USER" },
      after: { email: pseudonymOf(userId), role: "EDITOR" },
    });
    expect(audit[1]).toMatchObject({
      actorId: null,
      actorLabel: pseudonymOf(userId),
      before: { role: "EDITOR" },
      after: { deleted: true },
    });
    expect(
      JSON.stringify(
        await db().auditEvent.findMany({
          where: { OR: [{ entityId: userId }, { actorLabel: { contains: person.email } }] },
          select: { actorLabel: true, before: true, after: true },
        }),
      ),
    ).not.toContain(person.email);
    // Someone else's rows are untouched.
    expect(await db().auditEvent.count({ where: { actorId: admin.userId } })).toBe(2);
    await expect(deleteAccount(editor, { confirmEmail: person.email }, ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
