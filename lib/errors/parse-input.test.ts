// Found by the endpoint fuzzing (app/endpoints.fuzz.int.test.ts): a NUL character reached
// PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00") from a route segment, a query
// parameter or a field, and came back as a 500. parseInput refuses it for every schema.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { en } from "@/lib/i18n/messages";
import { AppError } from "./app-error";
import { parseInput } from "./parse-input";

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("parseInput refuses text PostgreSQL cannot store", () => {
  const schema = z.object({ title: z.object({ en: z.string() }), tags: z.array(z.string()), note: z.unknown() });

  it("names the field holding a NUL character, whatever the schema accepts", () => {
    const e = refusal(() => parseInput(schema, { title: { en: "a\u0000b" }, tags: [], note: 1 }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues).toEqual([{ path: "title.en", code: "nul", message: en.issues.nul }]);
    expect(refusal(() => parseInput(schema, { title: { en: "a" }, tags: ["x", "\u0000"], note: 1 })).issues?.[0]?.path).toBe("tags.1");
    // Even where the schema takes anything, and in a key.
    expect(refusal(() => parseInput(schema, { title: { en: "a" }, tags: [], note: { "k\u0000": 1 } })).issues?.[0]?.path).toBe(
      "note.k\u0000",
    );
    expect(refusal(() => parseInput(z.string(), "\u0000")).issues?.[0]?.path).toBe("(root)");
  });

  it("answers query parameters and route segments with their own code (400)", () => {
    expect(refusal(() => parseInput(z.object({ slug: z.string() }), { slug: "\u0000" }, { code: "BAD_REQUEST" })).code).toBe("BAD_REQUEST");
  });

  it("lets other text through, and stops looking in absurdly deep input", () => {
    expect(parseInput(schema, { title: { en: "\\0 %00 \u2400" }, tags: [], note: null })).toMatchObject({
      title: { en: "\\0 %00 \u2400" },
    });
    let deep: unknown = "\u0000";
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(refusal(() => parseInput(z.array(z.unknown()).max(1).and(z.array(z.string())), deep)).code).toBe("INVALID_INPUT");
  });
});
