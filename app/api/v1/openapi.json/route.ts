// GET /api/v1/openapi.json - the OpenAPI 3.1 document, generated from the zod schemas
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = defineRoute(
  { access: "public", cors: true },
  async () =>
    new Response(JSON.stringify(openApiDocument(env().APP_URL), null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": publicCacheControl(), ...CORS_HEADERS },
    }),
);
