import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser, unique } from "@/lib/testing/factories";
import { sessionAdapter } from "./adapter";

async function sessionOf(userId: string) {
  const sessionToken = unique("session-secret");
  await db().session.create({ data: { userId, sessionToken, expires: new Date(Date.now() + 86_400_000) } });
  return sessionToken;
}

describe("the session adapter", () => {
  it("ends a session once, and ending it again (a second sign-out) is not an error", async () => {
    const { userId } = await makeUser("USER");
    const token = await sessionOf(userId);
    const adapter = sessionAdapter();
    await adapter.deleteSession?.(token);
    await expect(adapter.deleteSession?.(token)).resolves.toBeUndefined();
    expect(await db().session.count({ where: { sessionToken: token } })).toBe(0);
  });

  it("ends a disabled account's session when two requests read it at once, without an error", async () => {
    const { userId } = await makeUser("USER");
    const token = await sessionOf(userId);
    const other = await sessionOf((await makeUser("USER")).userId);
    await db().user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    const adapter = sessionAdapter();
    expect(await Promise.all([adapter.getSessionAndUser?.(token), adapter.getSessionAndUser?.(token)])).toEqual([null, null]);
    expect(await db().session.count({ where: { sessionToken: token } })).toBe(0);
    // Another person's session is untouched.
    expect((await adapter.getSessionAndUser?.(other))?.session.sessionToken).toBe(other);
  });
});
