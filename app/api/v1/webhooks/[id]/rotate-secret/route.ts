// POST /api/v1/webhooks/[id]/rotate-secret - a new signing secret for one of the caller's webhooks,
// in force at once, answered once.
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { rotateWebhookSecret } from "@/lib/webhooks/manage-webhooks";

export const POST = defineRoute(
  { access: { role: "USER", scope: "webhooks" }, params: routeParams("id"), maxBodyBytes: 1 * KB },
  async ({ actor, params: { id }, requestId }) => privateJson(200, await rotateWebhookSecret(actor, id), requestId),
);
