// GET /api/v1/initiatives - initiatives with filters, full-text search and cursor pagination
import { cachedInitiativeList } from "@/lib/initiatives/public";
import { ZInitiativeList } from "@/lib/initiatives/dto";
import { ZListQuery } from "@/lib/initiatives/schemas";
import { corsPreflight, handle, parseQuery, publicJson } from "@/lib/http/route";

export const GET = handle(
  async (request, _ctx, requestId) => {
    const query = parseQuery(request, ZListQuery);
    return publicJson(ZInitiativeList, await cachedInitiativeList(query), requestId);
  },
  { cors: true },
);
export const OPTIONS = corsPreflight;
