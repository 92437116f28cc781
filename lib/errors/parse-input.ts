// Parsing untrusted input with a domain schema: a failure is a 422 (INVALID_INPUT) with one issue
// per field, or a 400 (BAD_REQUEST) for query parameters.
import type { z } from "zod";
import { AppError, type ErrorCode } from "./app-error";
import { issuesFromZod } from "./issues";

export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { code?: Extract<ErrorCode, "INVALID_INPUT" | "BAD_REQUEST">; userMessage?: string } = {},
): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError(options.code ?? "INVALID_INPUT", { userMessage: options.userMessage, issues: issuesFromZod(result.error.issues) });
  }
  return result.data;
}
