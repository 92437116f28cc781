import { describe, expect, it } from "vitest";
import { AppError } from "./app-error";
import { toAppError } from "./to-app-error";

// The shapes below are what Prisma 7 with adapter-pg and pg-pool threw when measured (December
// 2026): a refused connection, a server shutting down under a query, a pool with no free connection.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("\nInvalid `prisma.user.count()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) },
  });

describe("an unreachable database is UNAVAILABLE (503, Retry-After), never an unknown error", () => {
  it.each([
    ["refused", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5449 })],
    ["shut down under a query", prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01" })],
    ["pool exhausted", new Error("timeout exceeded when trying to connect")],
    ["connection dropped", new Error("Connection terminated unexpectedly")],
    ["socket refused, wrapped", new Error("outer", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })],
  ])("%s", (_name, e) => {
    const known = toAppError(e);
    expect(known?.code).toBe("UNAVAILABLE");
    expect(known?.status).toBe(503);
    expect(known?.userMessage).toMatch(/^Threshold is briefly unavailable; nothing you sent was saved/);
    expect(known?.details?.retryAfter).toBeGreaterThan(0);
  });

  it("other database errors and plain bugs stay unknown; AppErrors pass through", () => {
    expect(toAppError(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBeNull();
    expect(toAppError(prismaError("P2010", { kind: "postgres", code: "22P02" }))).toBeNull();
    expect(toAppError(new TypeError("x is undefined"))).toBeNull();
    const own = new AppError("CONFLICT");
    expect(toAppError(own)).toBe(own);
  });
});
