// CSV of a count series (GET /api/v1/initiatives/{slug}/counts.csv): one row per observation,
// with its kind, region, time and source. UTF-8 with a header row; formulas defused (lib/csv/write.ts).
import { toCsv } from "@/lib/csv/write";
import type { TCountSeries } from "./dto";

export function countSeriesCsv(series: TCountSeries): string {
  const rows = series.series.flatMap((s) => s.points.map((p) => [s.kind, s.region, p.observedAt, p.value, p.source, p.sourceUrl ?? ""]));
  return toCsv(rows, ["kind", "region", "observed_at", "value", "source", "source_url"]);
}
