import "server-only";
// Admin-supplied region patterns become `new RegExp` and run against every imported region code,
// so one with catastrophic backtracking (`^(a+)+$`) could stall a request or the worker. Each
// pattern is analysed with recheck (an automaton-based ReDoS checker) when a rule set is saved;
// only patterns it proves linear are stored. Syntax and length are checked by the schema.
import { checkSync } from "recheck";
import { fieldIssue, type FieldIssue } from "@/lib/errors/issues";

/** One issue per pattern that is not provably safe, at definition.regions.patterns.<i>. */
export function regionPatternIssues(patterns: readonly string[], path = "definition.regions.patterns"): FieldIssue[] {
  const issues: FieldIssue[] = [];
  patterns.forEach((pattern, i) => {
    const result = checkSync(pattern, "", { timeout: 2000 });
    if (result.status === "safe") return;
    const why =
      result.status === "vulnerable"
        ? `can take ${result.complexity.type === "exponential" ? "exponential" : "polynomial"} time on some region codes (for example ${JSON.stringify(result.attack.string.slice(0, 40))}); rewrite it without nested or overlapping repetition`
        : "could not be proven safe from catastrophic backtracking; simplify it";
    issues.push({ ...fieldIssue(`${path}.${i}`, "regionPattern", { n: i + 1 }), message: `Region pattern ${i + 1} (${pattern}) ${why}` });
  });
  return issues;
}
