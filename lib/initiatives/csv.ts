import "server-only";
// CSV export of initiatives for journalists and spreadsheets (same filters as the list, every
// page; count series: lib/counts/series-csv.ts). UTF-8 with a header row; every number with its
// time and source; formulas defused (lib/csv/write.ts).
import { toCsv } from "@/lib/csv/write";
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { listInitiatives } from "./list";
import type { TListQuery } from "./schemas";

export async function initiativesCsv(query: Omit<TListQuery, "cursor" | "limit">, appUrl: string): Promise<string> {
  return cachedRead(["initiatives-csv", query, appUrl], [TAGS.initiatives], async () => {
    const rows: unknown[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listInitiatives({ ...query, cursor, limit: 100 });
      for (const i of page.items) {
        rows.push([
          i.slug,
          i.title.en ?? "",
          i.title.fi ?? "",
          i.title.sv ?? "",
          i.scheme.code,
          i.jurisdiction.code,
          i.stage.code,
          i.stage.since,
          i.latestTotal?.value ?? "",
          i.latestTotal?.observedAt ?? "",
          i.latestTotal?.source ?? "",
          i.nextThreshold?.code ?? "",
          i.nextThreshold?.target ?? "",
          i.growthPerDay === null ? "" : Math.round(i.growthPerDay),
          i.collectionEndsAt ?? "",
          i.closedAt ?? "",
          i.open,
          i.withdrawn,
          new URL(i.path, appUrl).toString(),
        ]);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return toCsv(rows, [
      "slug",
      "title_en",
      "title_fi",
      "title_sv",
      "scheme",
      "jurisdiction",
      "stage",
      "stage_since",
      "latest_total",
      "latest_total_observed_at",
      "latest_total_source",
      "next_threshold",
      "next_threshold_target",
      "growth_per_day",
      "collection_ends_at",
      "closed_at",
      "open",
      "withdrawn",
      "url",
    ]);
  });
}
