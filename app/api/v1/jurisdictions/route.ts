// GET /api/v1/jurisdictions - jurisdictions with their schemes and electoral terms
import { defineRoute } from "@/lib/http/define-route";
import { corsPreflight, publicJson } from "@/lib/http/responses";
import { ZJurisdictionList } from "@/lib/jurisdictions/dto";
import { cachedJurisdictions } from "@/lib/jurisdictions/public";

export const GET = defineRoute({ access: "public", cors: true }, async ({ requestId }) =>
  publicJson(ZJurisdictionList, { items: await cachedJurisdictions() }, requestId),
);
export const OPTIONS = corsPreflight;
