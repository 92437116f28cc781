import { describe, expect, it } from "vitest";
import { z } from "zod";
import { en, fi, sv } from "@/lib/i18n/messages";
import { ZCountValue } from "@/lib/counts/schemas";
import { ZLocalized, ZUrl } from "@/lib/schemas/fields";
import { fieldIssue, issueText, issuesFromZod } from "./issues";

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a failure");
  return issuesFromZod(r.error.issues);
};

describe("field issues are codes with parameters", () => {
  it("every code has a text in every language", () => {
    expect(Object.keys(fi.issues).sort()).toEqual(Object.keys(en.issues).sort());
    expect(Object.keys(sv.issues).sort()).toEqual(Object.keys(en.issues).sort());
  });

  it("schemas name their issues by code; zod's own checks get a generic code with their limits", () => {
    expect(issuesOf(ZCountValue, "12.5")).toEqual([{ path: "(root)", code: "whole", message: en.issues.whole }]);
    expect(issuesOf(ZUrl, "javascript:alert(1)")[0]?.code).toBe("urlScheme");
    expect(issuesOf(ZLocalized, { en: "<b>x</b>" })).toEqual([{ path: "en", code: "markup", message: en.issues.markup }]);
    expect(issuesOf(z.object({ name: z.string().max(3) }), { name: "abcd" })).toEqual([
      { path: "name", code: "tooLong", params: { maximum: 3 }, message: expect.any(String) },
    ]);
    expect(issueText({ code: "tooLong", params: { maximum: 3 } }, "sv")).toBe("Använd högst 3 tecken");
    expect(issuesOf(z.object({ name: z.string() }), {})[0]?.code).toBe("required");
  });

  it("renders an issue in each language from its code and parameters, never from the English message", () => {
    const issue = fieldIssue("csv", "csvInvalidLine", { line: 7 });
    expect(issueText(issue, "fi")).toBe("Tiedosto ei ole kelvollista CSV:tä (rivi 7)");
    expect(issueText(issue, "sv")).toBe("Filen är inte giltig CSV (rad 7)");
    // Rewording the English (the API's message) changes nothing in Finnish or Swedish.
    const reworded = { ...issue, message: "This CSV file is broken at line 7, please fix it" };
    expect(issueText(reworded, "fi")).toBe(issueText(issue, "fi"));
    expect(issueText(reworded, "sv")).toBe(issueText(issue, "sv"));
    const whole = issuesOf(ZCountValue, "1.5")[0];
    if (!whole) throw new Error("no issue");
    const rewordedWhole = { ...whole, message: "Integers only!" };
    expect(issueText(rewordedWhole, "fi")).toBe("Anna kokonaisluku");
  });
});
