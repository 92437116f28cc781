import { describe, expect, it } from "vitest";
import { fieldIssue } from "@/lib/errors/issues";
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
    const issues = [fieldIssue("title.en", "markup")];
    expect(issueFor(issues, "title.en")?.code).toBe("markup");
    expect(issueFor(issues, "title")?.code).toBe("markup");
    expect(issueFor(issues, "summary")).toBeUndefined();
  });
});

describe("field names cannot reach an object's prototype", () => {
  const polluted = () => ({
    x: ({} as Record<string, unknown>).x,
    y: ({} as Record<string, unknown>).y,
    z: ({} as Record<string, unknown>).z,
  });

  it("refuses __proto__, constructor and prototype segments per field, and changes nothing", () => {
    const names = ["__proto__.x", "a.constructor.prototype.y", "constructor.z", "__proto__[]", "prototype"];
    let thrown: unknown;
    try {
      formInput(fd([...names.map((n): [string, string] => [n, "polluted"]), ["title", "fine"]]));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: "INVALID_INPUT", status: 422 });
    expect((thrown as { issues: { path: string; code: string }[] }).issues).toEqual(
      names.map((path) => expect.objectContaining({ path, code: "invalid" })),
    );
    expect(polluted()).toEqual({ x: undefined, y: undefined, z: undefined });
    expect(Object.prototype).not.toHaveProperty("x");
    expect(
      formValues(
        fd([
          ["__proto__", "1"],
          ["ok", "2"],
        ]),
      ),
    ).toEqual({ ok: "2" });
    expect(Object.getPrototypeOf(formValues(fd([["__proto__", "1"]])))).toBe(Object.prototype);
  });

  it("reads list fields named like Object's own methods as plain lists", () => {
    expect(
      formValues(
        fd([
          ["toString[]", "0"],
          ["toString[]", "1"],
          ["hasOwnProperty[]", "2"],
          ["valueOf", "3"],
        ]),
      ),
    ).toEqual({ toString: ["0", "1"], hasOwnProperty: ["2"], valueOf: "3" });
  });

  it("builds the input without prototypes", () => {
    const { input } = formInput(
      fd([
        ["a.b", "1"],
        ["toString", "2"],
      ]),
    );
    expect(Object.getPrototypeOf(input)).toBeNull();
    expect(Object.getPrototypeOf(input.a)).toBeNull();
    expect(input.toString).toBe("2");
  });
});
