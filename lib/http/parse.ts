// Parsing untrusted input with a domain schema: a failure is a 422 with one message per field.
import type { z } from "zod";
import { AppError, issuesFromZod } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("INVALID_INPUT", { issues: issuesFromZod(result.error.issues) });
  }
  return result.data;
}
