// CSV of a count series (GET /api/v1/initiatives/{slug}/counts.csv): one row per observation,
// with its kind, region, time and source. UTF-8 with a header row.
import { stringify } from "csv-stringify/sync";
import type { TCountSeries } from "./dto";

export function countSeriesCsv(series: TCountSeries): string {
  const rows = series.series.flatMap((s) => s.points.map((p) => [s.kind, s.region, p.observedAt, p.value, p.source, p.sourceUrl ?? ""]));
  return stringify(rows, { header: true, columns: ["kind", "region", "observed_at", "value", "source", "source_url"] });
}
