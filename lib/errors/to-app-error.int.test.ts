// Found by the endpoint fuzzing: a value PostgreSQL refuses (here a NUL character in a hidden form
// field, looked up before any schema saw it) was a 500. toAppError answers it as a 400.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import { makeUser } from "@/lib/testing/factories";
import { toAppError } from "./to-app-error";

describe("toAppError and the database's refusals of values", () => {
  it("answers a NUL character that reached a query as a bad request, not an unknown error", async () => {
    const refused = await db()
      .initiative.findFirst({ where: { slug: "a\u0000b" } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(Error);
    expect(toAppError(refused)).toMatchObject({ code: "BAD_REQUEST", status: 400 });
  });

  it("so the new-initiative form posted with a NUL scheme code is refused (400)", async () => {
    const admin = await makeUser("ADMIN");
    const error = await registerInitiative(admin, { schemeCode: "\u0000", title: { en: "x" }, summary: { en: "y" } }, { via: "web" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toAppError(error)?.status).toBe(400);
  });

  it("leaves other errors unknown", () => {
    expect(toAppError(new Error("boom"))).toBeNull();
    expect(toAppError(Object.assign(new Error("x"), { meta: { code: "23505" } }))).toBeNull();
  });
});
