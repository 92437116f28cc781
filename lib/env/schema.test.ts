import { describe, expect, it } from "vitest";
import { parseEnv as parseProcessEnv } from "./schema.js";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("configuration a deployment must not get wrong", () => {
  it("requires AUTH_SECRET in production and for any https site, but not while building or developing", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: required in production/);
    expect(() => parseEnv({ APP_URL: "https://threshold.example" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({}).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });

  it("builds sign-in links on APP_URL unless AUTH_URL says otherwise", () => {
    expect(parseEnv({ APP_URL: "http://localhost:3100" }).AUTH_URL).toBe("http://localhost:3100");
    expect(parseEnv({ AUTH_URL: "http://localhost:4000" }).AUTH_URL).toBe("http://localhost:4000");
  });

  it("keeps the private-address switch for importers out of production", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), APP_URL: "https://threshold.example" };
    expect(() => parseEnv({ ...production, IMPORT_ALLOW_PRIVATE_ADDRESSES: "true" })).toThrow(/tests and development only/);
    expect(parseEnv({ IMPORT_ALLOW_PRIVATE_ADDRESSES: "true" }).IMPORT_ALLOW_PRIVATE_ADDRESSES).toBe(true);
  });

  it("keeps the private-target switch for webhooks out of production", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), APP_URL: "https://threshold.example" };
    expect(() => parseEnv({ ...production, WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" })).toThrow(/tests and development only/);
    expect(parseEnv({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" }).WEBHOOKS_ALLOW_PRIVATE_TARGETS).toBe(true);
    expect(parseEnv({}).WEBHOOKS_ALLOW_PRIVATE_TARGETS).toBe(false);
  });
});
