import { describe, expect, it } from "vitest";
import { formInput, formValues, issueFor } from "./form";

function fd(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("forms to domain input", () => {
  it("nests dotted names, leaves empty fields out and ignores Next's action fields", () => {
    const { input } = formInput(
      fd([
        ["$ACTION_ID_abc", ""],
        ["title.en", "Hello"],
        ["title.fi", "  "],
        ["value", "12"],
        ["note", ""],
      ]),
    );
    expect(input).toEqual({ title: { en: "Hello" }, value: "12" });
  });

  it("turns numbered groups into arrays, dropping empty ones, and maps issue paths back to field names", () => {
    const { input, fieldOf } = formInput(
      fd([
        ["documents.0.title", ""],
        ["documents.0.url", ""],
        ["documents.1.title", "Report"],
        ["documents.1.url", "nope"],
        ["topicSlugs[]", "a"],
        ["topicSlugs[]", "b"],
      ]),
    );
    expect(input).toEqual({ documents: [{ title: "Report", url: "nope" }], topicSlugs: ["a", "b"] });
    expect(fieldOf("documents.0.url")).toBe("documents.1.url");
    expect(fieldOf("topicSlugs.1")).toBe("topicSlugs.1");
    expect(fieldOf("value")).toBe("value");
  });

  it("keeps what was typed, repeated names as lists", () => {
    expect(
      formValues(
        fd([
          ["a", " x "],
          ["b[]", "1"],
          ["b[]", "2"],
          ["$ACTION_REF_1", ""],
        ]),
      ),
    ).toEqual({ a: " x ", b: ["1", "2"] });
  });

  it("finds the message for a field or a group of fields", () => {
    const issues = [{ path: "title.en", message: "HTML is not allowed here" }];
    expect(issueFor(issues, "title.en")).toBe("HTML is not allowed here");
    expect(issueFor(issues, "title")).toBe("HTML is not allowed here");
    expect(issueFor(issues, "summary")).toBeUndefined();
  });
});
