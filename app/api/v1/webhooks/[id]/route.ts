// /api/v1/webhooks/[id] - one of the caller's webhooks: GET, PATCH (any field; "enabled": true turns
// it back on), DELETE. Someone else's webhook is 404.
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { ZJsonObject } from "@/lib/schemas/fields";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";
import { getWebhook } from "@/lib/webhooks/queries";

const spec = { access: { role: "USER", scope: "webhooks" }, params: routeParams("id") } as const;

export const GET = defineRoute(spec, async ({ actor, params: { id }, requestId }) =>
  privateJson(200, await getWebhook(actor, id), requestId),
);

export const PATCH = defineRoute(
  { ...spec, body: ZJsonObject, maxBodyBytes: 16 * KB },
  async ({ actor, params: { id }, body, requestId }) => privateJson(200, await updateWebhook(actor, id, body), requestId),
);

export const DELETE = defineRoute({ ...spec, maxBodyBytes: 1 * KB }, async ({ actor, params: { id }, requestId }) =>
  privateJson(200, await deleteWebhook(actor, id), requestId),
);
