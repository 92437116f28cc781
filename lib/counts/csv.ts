// Bulk count entry from CSV: a header row naming the columns (value and observedAt required; kind,
// region, sourceUrl, note optional), one observation per row. Parsing only turns text into rows
// and remembers each row's line, so the domain's validation issues ("observations.3.value") can
// be reported as "line 5, value". Pure.
import { parse } from "csv-parse/sync";
import { fieldIssue, type FieldIssue } from "@/lib/errors/issues";

export const CSV_COLUMNS = ["value", "observedAt", "kind", "region", "sourceUrl", "note"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const ALIASES: Record<string, CsvColumn> = {
  value: "value",
  count: "value",
  observedat: "observedAt",
  observed_at: "observedAt",
  date: "observedAt",
  kind: "kind",
  region: "region",
  sourceurl: "sourceUrl",
  source_url: "sourceUrl",
  note: "note",
};

export type CsvRow = { line: number; cells: Partial<Record<CsvColumn, string>> };
export type CsvParse = { rows: CsvRow[]; issues: FieldIssue[] };

export function parseCountsCsv(text: string): CsvParse {
  if (text.trim() === "") return { rows: [], issues: [fieldIssue("csv", "csvEmpty")] };
  let header: string[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (names: string[]) => {
        header = names;
        return names.map((n) => ALIASES[n.trim().toLowerCase()] ?? `?${n}`);
      },
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { rows: [], issues: [line ? fieldIssue("csv", "csvInvalidLine", { line }) : fieldIssue("csv", "csvInvalid")] };
  }
  const unknown = header.filter((n) => !ALIASES[n.trim().toLowerCase()]);
  const issues: FieldIssue[] = [];
  if (unknown.length) issues.push(fieldIssue("csv", "csvColumn", { columns: unknown.join(", ") }));
  for (const required of ["value", "observedAt"] as const) {
    if (!header.some((n) => ALIASES[n.trim().toLowerCase()] === required))
      issues.push(fieldIssue("csv", "csvRequired", { column: required }));
  }
  if (records.length === 0) issues.push(fieldIssue("csv", "csvNoRows"));
  const rows = records.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(Object.entries(record).filter(([k, v]) => !k.startsWith("?") && v !== "")),
  }));
  return { rows, issues };
}

/** "observations.3.value" -> "line.5.value": the CSV row (as numbered in the file) an issue is about; "csv" for the file. */
export function csvPath(rows: CsvRow[], path: string): string {
  const m = path.match(/^observations\.(\d+)(?:\.(.+))?$/);
  const line = m ? rows[Number(m[1])]?.line : undefined;
  return line === undefined ? "csv" : `line.${line}.${m?.[2] ?? ""}`;
}
