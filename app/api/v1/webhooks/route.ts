// /api/v1/webhooks - the caller's webhook subscriptions: GET lists them, POST creates one and answers
// 201 with its signing secret (shown once). API token with the webhooks scope, or same-origin session.
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";
import { ZJsonObject } from "@/lib/schemas/fields";
import { createWebhook } from "@/lib/webhooks/manage-webhooks";
import { listWebhooks } from "@/lib/webhooks/queries";

const access = { role: "USER", scope: "webhooks" } as const;

export const GET = defineRoute({ access }, async ({ actor, requestId }) =>
  privateJson(200, { webhooks: await listWebhooks(actor) }, requestId),
);

export const POST = defineRoute({ access, body: ZJsonObject, maxBodyBytes: 16 * KB }, async ({ actor, body, requestId }) =>
  privateJson(201, await createWebhook(actor, body), requestId),
);
