// GET /api/v1/webhooks/[id]/deliveries - the delivery log of one of the caller's webhooks, newest
// first: status, attempts, the last response code or error, the next attempt.
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { privateJson } from "@/lib/http/responses";
import { listDeliveries } from "@/lib/webhooks/queries";

export const GET = defineRoute(
  { access: { role: "USER", scope: "webhooks" }, params: routeParams("id") },
  async ({ actor, params: { id }, requestId }) => privateJson(200, { deliveries: await listDeliveries(actor, id) }, requestId),
);
