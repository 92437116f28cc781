import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError, locateJsonFault, parseJsonText } from "./errors";

const REAL = path.resolve(import.meta.dirname, "fixtures/real");

describe("finding where JSON breaks", () => {
  it("names the field a truncated petition file ends in", () => {
    const text = readFileSync(path.join(REAL, "uk-petitions/api-raw/241584_2019-03-24.json"), "utf8");
    const cut = text.slice(0, text.indexOf('"signatures_by_constituency"') + 200);
    // The cut falls in the second constituency's MP.
    expect(locateJsonFault(cut)).toMatchObject({ path: "data.attributes.signatures_by_constituency.1.mp", truncated: true });
    expect(() => parseJsonText("241584.json", cut)).toThrow(ImportError);
    expect(() => parseJsonText("241584.json", cut)).toThrow(
      /^241584\.json: data\.attributes\.signatures_by_constituency\.1\.mp: the file ends in the middle of this value \(line 1, column \d+\): it looks truncated$/,
    );
  });

  it("names the field of a malformed value, with its line and column in pretty-printed files", () => {
    const text = readFileSync(path.join(REAL, "uk-petitions/scraper-pretty/241584_20190415T1149Z.json"), "utf8").replace(
      '"signature_count": 6077045',
      '"signature_count": 6,077,045',
    );
    const fault = locateJsonFault(text);
    expect(fault).toMatchObject({ path: "data.attributes", truncated: false });
    expect(fault?.line).toBeGreaterThan(1);
  });

  it("finds nothing wrong in valid JSON, and the root in an empty file", () => {
    expect(locateJsonFault('{"a":[1,{"b":"\\"x\\""}]}')).toBeNull();
    expect(locateJsonFault("")).toEqual({ path: "(root)", line: 1, column: 1, truncated: true });
    expect(locateJsonFault('[{"d":"2025-01-01","n":1},{"d":"2025')).toMatchObject({ path: "1.d", truncated: true });
  });
});
