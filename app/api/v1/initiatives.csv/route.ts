// GET /api/v1/initiatives.csv - initiatives as CSV, with the same filters as the list
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";
import { initiativesCsv } from "@/lib/initiatives/csv";
import { ZListQuery } from "@/lib/initiatives/schemas";

export const GET = defineRoute({ access: "public", query: ZListQuery, cors: true }, async ({ query }) => {
  const { cursor: _c, limit: _l, ...filters } = query;
  return new Response(await initiativesCsv(filters, env().APP_URL), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="threshold-initiatives.csv"',
      "Cache-Control": publicCacheControl(),
      ...CORS_HEADERS,
    },
  });
});
