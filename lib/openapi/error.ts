// The error envelope every JSON endpoint answers with (lib/http/route.ts), as an OpenAPI component.
import { z } from "zod";

export const ZErrorEnvelope = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe("UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_INPUT, BAD_REQUEST, RATE_LIMITED, UNAVAILABLE, INTERNAL"),
      message: z.string().describe("Safe to show to people"),
      issues: z
        .array(
          z.object({
            path: z.string().describe('The field or parameter, e.g. "limit" or "observations.3.observedAt"'),
            message: z.string(),
          }),
        )
        .optional()
        .describe("One message per invalid field or parameter"),
    }),
  })
  .meta({ id: "Error" });
