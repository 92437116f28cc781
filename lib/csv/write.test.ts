import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream, defuseFormula, toCsv } from "./write";

describe("CSV cells a spreadsheet would run", () => {
  it.each([
    "=1+1",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    '  =HYPERLINK("http://evil.example")',
    "\u0000=1",
    "＝1",
    "＋1",
    "－1",
    "＠x",
  ])("defuses %j", (cell) => expect(defuseFormula(cell)).toBe(`'${cell}`));

  it.each(["Save the library", "2015-01-05T12:00:00Z", "uk-con:E14000530", "", "a=b", "e-mail"])("leaves %j alone", (cell) =>
    expect(defuseFormula(cell)).toBe(cell),
  );

  it("keeps numbers as numbers and round-trips quotes and commas", () => {
    const text = toCsv([["=cmd|' /C calc'!A0", -5, 12, true, 'say "hi", then go']], ["title", "n", "m", "open", "note"]);
    expect(parse(text, { columns: true })).toEqual([
      { title: "'=cmd|' /C calc'!A0", n: "-5", m: "12", open: "true", note: 'say "hi", then go' },
    ]);
  });

  it("defuses in the streaming writer too", async () => {
    const stream = csvStream(["a"]);
    const chunks: string[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c.toString()));
    const done = new Promise((resolve) => stream.on("end", resolve));
    stream.write({ a: "@evil" });
    stream.end();
    await done;
    expect(chunks.join("")).toBe("a\n'@evil\n");
  });
});
