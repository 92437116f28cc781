// POST /api/v1/webhooks/[id]/test - queue a signed "webhook.test" message to one of the caller's
// webhooks (202); it appears in the delivery log like any other.
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { sendTestWebhook } from "@/lib/webhooks/send-test";

export const POST = defineRoute(
  { access: { role: "USER", scope: "webhooks" }, params: routeParams("id"), maxBodyBytes: 1 * KB },
  async ({ actor, params: { id }, requestId }) => privateJson(202, await sendTestWebhook(actor, id), requestId),
);
