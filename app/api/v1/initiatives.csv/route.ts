// GET /api/v1/initiatives.csv - initiatives as CSV, with the same filters as the list
import { env } from "@/lib/env";
import { CORS_HEADERS, handle, parseQuery, publicCacheControl } from "@/lib/http/route";
import { initiativesCsv } from "@/lib/initiatives/csv";
import { ZListQuery } from "@/lib/initiatives/schemas";

export const GET = handle(
  async (request) => {
    const { cursor: _c, limit: _l, ...query } = parseQuery(request, ZListQuery);
    return new Response(await initiativesCsv(query, env().APP_URL), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="threshold-initiatives.csv"',
        "Cache-Control": publicCacheControl(),
        ...CORS_HEADERS,
      },
    });
  },
  { cors: true },
);
