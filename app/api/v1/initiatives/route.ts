// GET /api/v1/initiatives - initiatives with filters, full-text search and cursor pagination
import { defineRoute } from "@/lib/http/define-route";
import { corsPreflight, publicJson } from "@/lib/http/responses";
import { ZInitiativeList } from "@/lib/initiatives/dto";
import { cachedInitiativeList } from "@/lib/initiatives/public";
import { ZListQuery } from "@/lib/initiatives/schemas";

export const GET = defineRoute({ access: "public", query: ZListQuery, cors: true }, async ({ query, requestId }) =>
  publicJson(ZInitiativeList, await cachedInitiativeList(query), requestId),
);
export const OPTIONS = corsPreflight;
