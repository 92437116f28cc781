// GET /api/v1/initiatives/[slug]/counts - count series by kind and region (from, to, resolution)
// POST /api/v1/initiatives/[slug]/counts - record one count or a batch (API token with counts:write, or same-origin session)
import { postCounts } from "@/lib/counts/api";
import { ZCountSeries } from "@/lib/counts/dto";
import { cachedCountSeries } from "@/lib/counts/public";
import { ZCountsQuery } from "@/lib/counts/schemas";
import { AppError } from "@/lib/http/errors";
import { corsPreflight, handle, parseQuery, publicJson } from "@/lib/http/route";

export const GET = handle<{ slug: string }>(
  async (request, { params }, requestId) => {
    const { slug } = await params;
    const series = await cachedCountSeries(slug, parseQuery(request, ZCountsQuery));
    if (!series) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
    return publicJson(ZCountSeries, series, requestId);
  },
  { cors: true },
);
export const OPTIONS = corsPreflight;

export const POST = handle<{ slug: string }>(async (request, { params }, requestId) => postCounts(request, (await params).slug, requestId));
