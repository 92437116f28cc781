// GET /api/v1/initiatives/[slug]/counts - count series by kind and region (from, to, resolution)
// POST /api/v1/initiatives/[slug]/counts - record one count or a batch (API token with counts:write, or same-origin session)
import { ZCountSeries } from "@/lib/counts/dto";
import { cachedCountSeries } from "@/lib/counts/public";
import { recordCount, recordCounts } from "@/lib/counts/record-counts";
import { ZCountsQuery, type TCountsResponse } from "@/lib/counts/schemas";
import { AppError } from "@/lib/errors/app-error";
import { MB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { corsPreflight, privateJson, publicJson } from "@/lib/http/responses";
import { ZJsonObject } from "@/lib/schemas/fields";

const slugParams = routeParams("slug");

export const GET = defineRoute(
  { access: "public", params: slugParams, query: ZCountsQuery, cors: true },
  async ({ params: { slug }, query, requestId }) => {
    const series = await cachedCountSeries(slug, query);
    if (!series) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
    return publicJson(ZCountSeries, series, requestId);
  },
);
export const OPTIONS = corsPreflight;

// One observation, or { observations: [...] } recorded all or nothing; the commands parse them
// with the admin forms' schemas (ZObservationInput, ZRecordCounts).
export const POST = defineRoute(
  { access: { role: "EDITOR", scope: "counts:write" }, params: slugParams, body: ZJsonObject, maxBodyBytes: 5 * MB, idempotent: true },
  async ({ actor, params: { slug }, body, requestId }) => {
    const ctx = { via: "api" as const, requestId };
    const result = "observations" in body ? await recordCounts(actor, { slug }, body, ctx) : await recordCount(actor, { slug }, body, ctx);
    const out: TCountsResponse = {
      initiative: result.slug,
      created: result.created,
      latestTotal: result.latestTotal,
      flags: result.flags.map((f) => ({ code: f.code, observationId: f.observationId })),
    };
    return privateJson(201, out, requestId);
  },
);
