import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { ZResponseInput } from "./schemas";

const base = {
  respondingBody: { en: "Parliament of Finland" },
  respondedAt: "2026-11-20",
  summary: { en: "Parliament voted on the initiative." },
};

function issuesOf(input: unknown) {
  try {
    parseInput(ZResponseInput, input);
  } catch (e) {
    if (e instanceof AppError) return e.issues?.map((i) => [i.path, i.code]);
    throw e;
  }
  return [];
}

describe("a response's vote tally", () => {
  it("is accepted with a decision, as numbers or as the form's strings", () => {
    const r = ZResponseInput.parse({
      ...base,
      kind: "DECISION",
      decision: "ADOPTED",
      votesFor: "104",
      votesAgainst: 41,
      abstentions: "2",
      absent: "52",
    });
    expect(r).toMatchObject({ votesFor: 104, votesAgainst: 41, abstentions: 2, absent: 52 });
  });

  it("is accepted on a DECISION without a decision value, and on another kind that has a decision", () => {
    expect(issuesOf({ ...base, kind: "DECISION", votesFor: 10 })).toEqual([]);
    expect(issuesOf({ ...base, kind: "DEBATE", decision: "NOTED", absent: 3 })).toEqual([]);
  });

  it("is refused on a response that is not a decision, field by field", () => {
    expect(issuesOf({ ...base, kind: "GOVERNMENT_RESPONSE", votesFor: 1, abstentions: 0 })).toEqual([
      ["votesFor", "tallyNeedsDecision"],
      ["abstentions", "tallyNeedsDecision"],
    ]);
  });

  it("must be whole, non-negative numbers", () => {
    expect(issuesOf({ ...base, kind: "DECISION", votesFor: -1, votesAgainst: 2.5, absent: "many" })).toEqual([
      ["votesFor", "negative"],
      ["votesAgainst", "whole"],
      ["absent", "number"],
    ]);
  });
});
