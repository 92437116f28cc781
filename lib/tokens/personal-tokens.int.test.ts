import { describe, expect, it } from "vitest";
import { makeUser } from "@/lib/testing/factories";
import { createToken } from "./create-token";
import { listOwnTokens } from "./queries";
import { revokeToken } from "./revoke-token";

const web = { via: "web" } as const;

describe("personal tokens for anyone signed in (real PostgreSQL)", () => {
  it("lets a person hold read and webhooks tokens, never the editors' write scopes", async () => {
    const person = await makeUser("USER");
    const { token, secret } = await createToken(person, { name: "newsroom", scopes: ["read", "webhooks"] }, web);
    expect(secret).toMatch(/^thr_/);
    expect(token.scopes).toEqual(["read", "webhooks"]);
    await expect(createToken(person, { name: "sneaky", scopes: ["webhooks", "counts:write"] }, web)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await listOwnTokens(person)).map((t) => t.name)).toEqual(["newsroom"]);
    await expect(createToken(null as never, { name: "x", scopes: ["read"] }, web)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lets a person revoke their own token but not someone else's; an admin revokes any", async () => {
    const [owner, other, admin] = await Promise.all([makeUser("USER"), makeUser("USER"), makeUser("ADMIN")]);
    const mine = await createToken(owner, { name: "mine", scopes: ["read"] }, web);
    const theirs = await createToken(other, { name: "theirs", scopes: ["read"] }, web);
    await expect(revokeToken(owner, { tokenId: theirs.token.id }, web)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnTokens(other))[0]?.revokedAt).toBeNull();
    expect((await revokeToken(owner, { tokenId: mine.token.id }, web)).changed).toBe(true);
    expect((await listOwnTokens(owner))[0]?.revokedAt).toBeInstanceOf(Date);
    expect((await revokeToken(admin, { tokenId: theirs.token.id }, web)).changed).toBe(true);
  });
});
