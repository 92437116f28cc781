// POST /api/v1/initiatives/[slug]/events - record a stage event (API token with events:write, or
// same-origin session). Same schema and command as the admin form: only transitions the rules
// allow, and a stale expectedVersion is a 409.
import { MB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { ZJsonObject } from "@/lib/schemas/fields";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import type { TStageEventResponse } from "@/lib/stages/schemas";

export const POST = defineRoute(
  {
    access: { role: "EDITOR", scope: "events:write" },
    params: routeParams("slug"),
    body: ZJsonObject,
    maxBodyBytes: 1 * MB,
    idempotent: true,
  },
  async ({ actor, params: { slug }, body, requestId }) => {
    const result = await recordStageEvent(actor, { slug }, body, { via: "api", requestId });
    const out: TStageEventResponse = { initiative: slug, eventId: result.event.id, stage: result.stage, version: result.version };
    return privateJson(201, out, requestId);
  },
);
