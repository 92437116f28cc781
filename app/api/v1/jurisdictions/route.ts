// GET /api/v1/jurisdictions - jurisdictions with their schemes and electoral terms
import { corsPreflight, handle, publicJson } from "@/lib/http/route";
import { ZJurisdictionList } from "@/lib/jurisdictions/dto";
import { cachedJurisdictions } from "@/lib/jurisdictions/public";

export const GET = handle(
  async (_request, _ctx, requestId) => publicJson(ZJurisdictionList, { items: await cachedJurisdictions() }, requestId),
  { cors: true },
);
export const OPTIONS = corsPreflight;
