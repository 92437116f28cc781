// Validates API responses against the app's own OpenAPI document (JSON Schema 2020-12 in 3.1), so
// a response that drifts from its documented schema fails the test that received it.
import { expect, type APIRequestContext } from "@playwright/test";
import { validate } from "@readme/openapi-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

let cached: { doc: Doc; ajv: Ajv2020 } | undefined;

export async function loadOpenApi(request: APIRequestContext) {
  if (cached) return cached;
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as Doc;
  const result = await validate(structuredClone(doc) as never);
  expect(result.valid, JSON.stringify(result.valid ? [] : result.errors)).toBe(true);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "openapi", components: doc.components ?? {} });
  cached = { doc, ajv };
  return cached;
}

/** Asserts that `body` matches the documented response of `method path` with `status`. */
export async function expectConforms(request: APIRequestContext, method: string, path: string, status: number, body: unknown) {
  const { doc, ajv } = await loadOpenApi(request);
  const operation = doc.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is documented`).toBeTruthy();
  const schema = operation?.responses[String(status)]?.content?.["application/json"]?.schema;
  expect(schema, `${method} ${path} documents a ${status} JSON response`).toBeTruthy();
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
  const check = ajv.compile(rewritten);
  expect(check(body), JSON.stringify(check.errors?.slice(0, 5), null, 2)).toBe(true);
}
