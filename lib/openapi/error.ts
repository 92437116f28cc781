// The error envelope every JSON endpoint answers with (lib/http/responses.ts), as an OpenAPI component.
import { z } from "zod";

export const ZErrorEnvelope = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe(
          "UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, GONE, CONFLICT, INVALID_INPUT, BAD_REQUEST, PAYLOAD_TOO_LARGE, RATE_LIMITED, UNAVAILABLE, INTERNAL",
        ),
      message: z.string().describe("Safe to show to people"),
      issues: z
        .array(
          z.object({
            path: z.string().describe('The field or parameter, e.g. "limit" or "observations.3.observedAt"'),
            code: z.string().describe('What is wrong, as a stable code (e.g. "whole", "future", "tooLong"): translate from this'),
            params: z
              .record(z.string(), z.union([z.string(), z.number()]))
              .optional()
              .describe('The values the code refers to, e.g. { "maximum": 80 }'),
            message: z.string().describe("The same, in English"),
          }),
        )
        .optional()
        .describe("One message per invalid field or parameter"),
    }),
  })
  .meta({ id: "Error" });
