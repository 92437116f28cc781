// Bulk count entry from CSV: a header row naming the columns (value and observedAt required; kind,
// region, sourceUrl, note optional), one observation per row. Parsing only turns text into rows
// and remembers each row's line, so the domain's validation issues ("observations.3.value") can
// be reported as "line 5, value". Pure.
import { parse } from "csv-parse/sync";
import type { FieldIssue } from "@/lib/http/errors";

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
  if (text.trim() === "") return { rows: [], issues: [{ path: "csv", message: "The file is empty" }] };
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
    return { rows: [], issues: [{ path: "csv", message: `The file is not valid CSV${line ? ` (line ${line})` : ""}` }] };
  }
  const unknown = header.filter((n) => !ALIASES[n.trim().toLowerCase()]);
  const issues: FieldIssue[] = [];
  if (unknown.length) issues.push({ path: "csv", message: `Unknown column: ${unknown.join(", ")}. Use ${CSV_COLUMNS.join(", ")}` });
  for (const required of ["value", "observedAt"] as const) {
    if (!header.some((n) => ALIASES[n.trim().toLowerCase()] === required))
      issues.push({ path: "csv", message: `The header row needs a "${required}" column` });
  }
  if (records.length === 0) issues.push({ path: "csv", message: "The file has a header but no rows" });
  const rows = records.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(Object.entries(record).filter(([k, v]) => !k.startsWith("?") && v !== "")),
  }));
  return { rows, issues };
}

/** "observations.3.value" -> { line, field } of the CSV row it is about. */
export function csvIssue(rows: CsvRow[], issue: FieldIssue): { line: number | null; field: string; message: string } {
  const m = issue.path.match(/^observations\.(\d+)(?:\.(.+))?$/);
  if (!m) return { line: null, field: issue.path, message: issue.message };
  return { line: rows[Number(m[1])]?.line ?? null, field: m[2] ?? "", message: issue.message };
}
