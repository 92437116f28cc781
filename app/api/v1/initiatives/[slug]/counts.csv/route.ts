// GET /api/v1/initiatives/[slug]/counts.csv - count series as CSV (kind, region, from, to, resolution)
import { cachedCountSeries } from "@/lib/counts/public";
import { ZCountsQuery } from "@/lib/counts/schemas";
import { countSeriesCsv } from "@/lib/counts/series-csv";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";

export const GET = defineRoute(
  { access: "public", params: routeParams("slug"), query: ZCountsQuery, cors: true },
  async ({ params: { slug }, query }) => {
    const series = await cachedCountSeries(slug, query);
    if (!series) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
    return new Response(countSeriesCsv(series), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}-counts.csv"`,
        "Cache-Control": publicCacheControl(),
        ...CORS_HEADERS,
      },
    });
  },
);
