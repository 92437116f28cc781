import { describe, expect, it } from "vitest";
import { createDocument } from "zod-openapi";
import { validate } from "@readme/openapi-parser";
import { writePaths, writeSecuritySchemes } from "./write";

describe("write API documentation", () => {
  const document = createDocument({
    openapi: "3.1.0",
    info: { title: "Threshold write API", version: "1" },
    paths: writePaths,
    components: { securitySchemes: writeSecuritySchemes },
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(JSON.parse(JSON.stringify(document)) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("documents both endpoints from the handlers' schemas, with the token and errors", () => {
    const counts = document.paths?.["/api/v1/initiatives/{slug}/counts"]?.post;
    const events = document.paths?.["/api/v1/initiatives/{slug}/events"]?.post;
    expect(counts?.security).toEqual([{ apiToken: [] }, { session: [] }]);
    expect(Object.keys(counts?.responses ?? {})).toEqual(expect.arrayContaining(["201", "401", "403", "404", "422"]));
    const body = JSON.stringify(counts?.requestBody);
    for (const field of ["value", "observedAt", "region", "supersedesId", "correctionReason", "observations"])
      expect(body).toContain(`"${field}"`);
    expect(body).toContain('"maxItems":5000');
    expect(JSON.stringify(events?.requestBody)).toContain('"expectedVersion"');
    expect(Object.keys(events?.responses ?? {})).toContain("409");
  });

  it("documents the Idempotency-Key header and the 503 a retry answers, on both endpoints", () => {
    for (const path of ["/api/v1/initiatives/{slug}/counts", "/api/v1/initiatives/{slug}/events"]) {
      const op = document.paths?.[path]?.post;
      const header = (op?.parameters ?? []).find((p) => "name" in p && p.name === "Idempotency-Key");
      expect(header, path).toMatchObject({ in: "header" });
      expect((header as { required?: boolean }).required ?? false).toBe(false);
      expect(JSON.stringify(header)).toContain("at most once");
      expect(JSON.stringify(op?.responses?.["503"])).toContain("Retry-After");
    }
  });
});
