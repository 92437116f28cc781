// Parsing untrusted input with a domain schema: a failure is a 422 (INVALID_INPUT) with one issue
// per field, or a 400 (BAD_REQUEST) for query parameters. Text with a NUL character is refused here,
// for every schema: PostgreSQL cannot store or even compare it (a query with one fails).
import type { z } from "zod";
import { AppError, type ErrorCode } from "./app-error";
import { fieldIssue, issuesFromZod } from "./issues";

/** The path of the first string (or key) holding a NUL character, if any. */
function nulPath(value: unknown, at: string[] = [], depth = 0): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? at : null;
  if (value === null || typeof value !== "object" || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...at, key];
    const found = nulPath(inner, [...at, key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { code?: Extract<ErrorCode, "INVALID_INPUT" | "BAD_REQUEST">; userMessage?: string } = {},
): z.infer<S> {
  const nul = nulPath(input);
  if (nul)
    throw new AppError(options.code ?? "INVALID_INPUT", {
      userMessage: options.userMessage,
      issues: [fieldIssue(nul.join(".") || "(root)", "nul")],
    });
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError(options.code ?? "INVALID_INPUT", { userMessage: options.userMessage, issues: issuesFromZod(result.error.issues) });
  }
  return result.data;
}
