import { describe, expect, it } from "vitest";
import { validate } from "@readme/openapi-parser";
import { openApiDocument } from "./document";

describe("the published OpenAPI document", () => {
  const document = openApiDocument("https://threshold.example");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(JSON.parse(JSON.stringify(document)) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("keeps the open-data GET beside the write API's POST on the same path", () => {
    const counts = document.paths?.["/api/v1/initiatives/{slug}/counts"];
    expect(Object.keys(counts?.get?.responses ?? {})).toContain("200");
    expect(counts?.get?.security).toEqual([]);
    expect(counts?.post?.security).toEqual([{ apiToken: [] }, { session: [] }]);
    expect(document.paths?.["/api/v1/initiatives/{slug}/events"]?.post).toBeDefined();
    expect(document.components?.securitySchemes?.apiToken).toBeDefined();
  });
});
