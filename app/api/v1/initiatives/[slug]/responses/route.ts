// POST /api/v1/initiatives/[slug]/responses - publish an official response or decision, with its
// vote tally (API token with events:write, or same-origin session). Same schema and command as the
// console's form: publishing again for the same kind and date updates it (409 on a stale version).
import { MB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { publishResponse } from "@/lib/responses/publish-response";
import type { TResponseResponse } from "@/lib/responses/schemas";
import { ZJsonObject } from "@/lib/schemas/fields";

// Responses are part of the process, so the scope that records stage events publishes them too.
const spec = {
  access: { role: "EDITOR", scope: "events:write" },
  params: routeParams("slug"),
  body: ZJsonObject,
  maxBodyBytes: MB,
} as const;

export const POST = defineRoute({ ...spec, idempotent: true }, async ({ actor, params: { slug }, body, requestId }) => {
  const { response, created, changed } = await publishResponse(actor, { slug }, body, { via: "api", requestId });
  const out: TResponseResponse = { initiative: slug, responseId: response.id, created, changed, version: response.version };
  return privateJson(created ? 201 : 200, out, requestId);
});
