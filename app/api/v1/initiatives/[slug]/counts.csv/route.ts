// GET /api/v1/initiatives/[slug]/counts.csv - count series as CSV (kind, region, from, to, resolution)
import { cachedCountSeries } from "@/lib/counts/public";
import { ZCountsQuery } from "@/lib/counts/schemas";
import { AppError } from "@/lib/http/errors";
import { CORS_HEADERS, handle, parseQuery, publicCacheControl } from "@/lib/http/route";
import { countSeriesCsv } from "@/lib/initiatives/csv";

export const GET = handle<{ slug: string }>(
  async (request, { params }) => {
    const { slug } = await params;
    const series = await cachedCountSeries(slug, parseQuery(request, ZCountsQuery));
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
  { cors: true },
);
