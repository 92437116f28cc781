import { describe, expect, it } from "vitest";
import { csvPath, parseCountsCsv } from "./csv";

describe("counts CSV", () => {
  it("reads rows with their line numbers and leaves empty cells out", () => {
    const { rows, issues } = parseCountsCsv(
      "value,observedAt,region,note\n100,2026-01-05T10:00:00Z,,first\n\n200,2026-01-06T10:00:00Z,DE,\n",
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, cells: { value: "100", observedAt: "2026-01-05T10:00:00Z", note: "first" } },
      { line: 4, cells: { value: "200", observedAt: "2026-01-06T10:00:00Z", region: "DE" } },
    ]);
  });

  it("accepts common spellings of the columns and a byte-order mark", () => {
    const { rows, issues } = parseCountsCsv("\uFEFFCount,observed_at,Source_URL\n5,2026-01-05,https://example.org/\n");
    expect(issues).toEqual([]);
    expect(rows[0]?.cells).toEqual({ value: "5", observedAt: "2026-01-05", sourceUrl: "https://example.org/" });
  });

  it("reports unknown and missing columns, empty files and broken CSV", () => {
    expect(parseCountsCsv("value,when\n1,2\n").issues.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: "csvColumn", params: { columns: "when" } },
      { code: "csvRequired", params: { column: "observedAt" } },
    ]);
    expect(parseCountsCsv("  \n").issues[0]?.code).toBe("csvEmpty");
    expect(parseCountsCsv("value,observedAt\n").issues[0]?.code).toBe("csvNoRows");
    expect(parseCountsCsv('value,observedAt\n1,"2026\n').issues[0]).toMatchObject({ code: "csvInvalidLine", params: { line: 2 } });
  });

  it("maps a domain issue on an observation to its CSV line and field", () => {
    const { rows } = parseCountsCsv("value,observedAt\n1,2026-01-05\n-2,2026-01-06\n");
    expect(csvPath(rows, "observations.1.value")).toBe("line.3.value");
    expect(csvPath(rows, "observations")).toBe("csv");
  });
});
