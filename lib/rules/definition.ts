// Parsing rule definitions with readable errors (used by the seed, the admin console and tests).
import { AppError } from "@/lib/errors/app-error";
import { ZRuleDefinition, type TRuleDefinition } from "./schemas";
import { issuesFromZod } from "@/lib/errors/issues";

export function parseRuleDefinition(value: unknown): TRuleDefinition {
  const result = ZRuleDefinition.safeParse(value);
  if (!result.success) {
    throw new AppError("INVALID_INPUT", {
      userMessage: "The rule definition is not valid.",
      issues: issuesFromZod(result.error.issues),
    });
  }
  return result.data;
}
