// OpenAPI for webhooks: the subscription endpoints (/api/v1/webhooks) and the `webhooks` section of
// OpenAPI 3.1, one entry per event type with its payload schema (the domain event's own schema, so
// what is documented is what is sent). Merged into the document by lib/openapi/document.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { DOMAIN_EVENT_PAYLOADS } from "@/lib/events/domain-events";
import {
  ZWebhookDeliveryOut,
  ZWebhookInput,
  ZWebhookMessage,
  ZWebhookOut,
  ZWebhookUpdate,
  ZWebhookWithSecret,
  WEBHOOK_EVENT_KINDS,
  ZCountRecordedData,
} from "@/lib/webhooks/schemas";
import { ZErrorEnvelope } from "./error";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ZErrorEnvelope) });
const errors: ZodOpenApiResponsesObject = {
  "401": error("No valid token or session"),
  "403": error("The token lacks the webhooks scope"),
  "404": error("There is no such webhook of yours"),
};
const ok = (description: string, schema: z.ZodType) => ({ description, content: json(schema) });
const SECURITY: Record<string, string[]>[] = [{ apiToken: [] }, { session: [] }];
const tags = ["Webhooks"];
const id = { path: z.object({ id: z.string().meta({ description: "The webhook's id" }) }) };

export const webhookPaths: ZodOpenApiPathsObject = {
  "/api/v1/webhooks": {
    get: {
      operationId: "listWebhooks",
      summary: "Your webhook subscriptions",
      tags,
      security: SECURITY,
      responses: { "200": ok("Your subscriptions (never their secrets)", z.object({ webhooks: z.array(ZWebhookOut) })), ...errors },
    },
    post: {
      operationId: "createWebhook",
      summary: "Subscribe a URL to events (answers the signing secret, once)",
      description:
        "The URL must be https on a public address (checked now, after DNS resolution, and at every delivery; redirects are not followed). Omit `events` for every type; name initiatives (slugs), topics (slugs) or jurisdictions (codes) to receive only events about them.",
      tags,
      security: SECURITY,
      requestBody: { required: true, content: json(ZWebhookInput) },
      responses: {
        "201": ok("Subscribed; store `secret` now", ZWebhookWithSecret),
        "422": error("A field is not valid (e.g. a private or plain-http URL)"),
        ...errors,
      },
    },
  },
  "/api/v1/webhooks/{id}": {
    get: {
      operationId: "getWebhook",
      summary: "One of your webhooks",
      tags,
      security: SECURITY,
      requestParams: id,
      responses: { "200": ok("The subscription", ZWebhookOut), ...errors },
    },
    patch: {
      operationId: "updateWebhook",
      summary: "Change a webhook; `enabled: true` turns one that was disabled back on",
      tags,
      security: SECURITY,
      requestParams: id,
      requestBody: { required: true, content: json(ZWebhookUpdate) },
      responses: { "200": ok("Changed", ZWebhookOut), "422": error("A field is not valid"), ...errors },
    },
    delete: {
      operationId: "deleteWebhook",
      summary: "Delete a webhook and its delivery log",
      tags,
      security: SECURITY,
      requestParams: id,
      responses: { "200": ok("Deleted", z.object({ deleted: z.literal(true) })), ...errors },
    },
  },
  "/api/v1/webhooks/{id}/rotate-secret": {
    post: {
      operationId: "rotateWebhookSecret",
      summary: "A new signing secret, in force at once (answered once)",
      tags,
      security: SECURITY,
      requestParams: id,
      responses: { "200": ok("The subscription with its new secret", ZWebhookWithSecret), ...errors },
    },
  },
  "/api/v1/webhooks/{id}/test": {
    post: {
      operationId: "testWebhook",
      summary: "Send a signed webhook.test message",
      tags,
      security: SECURITY,
      requestParams: id,
      responses: { "202": ok("Queued; see the delivery log", z.object({ id: z.string(), eventType: z.string() })), ...errors },
    },
  },
  "/api/v1/webhooks/{id}/deliveries": {
    get: {
      operationId: "listWebhookDeliveries",
      summary: "The delivery log of a webhook, newest first",
      tags,
      security: SECURITY,
      requestParams: id,
      responses: { "200": ok("Deliveries", z.object({ deliveries: z.array(ZWebhookDeliveryOut) })), ...errors },
    },
  },
};

const signatureHeaders = z.object({
  "webhook-id": z.string().meta({ description: "The message id (msg_...): the same on every retry; drop duplicates by it" }),
  "webhook-timestamp": z.string().meta({ description: "Seconds since the epoch when this attempt was signed" }),
  "webhook-signature": z
    .string()
    .meta({ description: "v1,<base64 HMAC-SHA256 of `id.timestamp.body` with the secret> (Standard Webhooks)" }),
});

/** One event type's entry: what we POST, signed, with `data` in the given shape. */
function webhookEvent(type: string, data: z.ZodType, when: string) {
  return {
    post: {
      operationId: `webhook_${type.replace(/\W/g, "_")}`,
      summary: `${type}: ${when}`,
      description:
        "Signed with Standard Webhooks (verify with the `standardwebhooks` library and your whsec_ secret). Answer 2xx within a few seconds; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then the webhook is turned off and you get an email.",
      tags,
      // We call the subscriber: no credentials of theirs; they verify our signature instead.
      security: [],
      requestParams: { header: signatureHeaders },
      requestBody: { required: true, content: json(ZWebhookMessage.extend({ type: z.literal(type), data })) },
      responses: { "200": { description: "Received (any 2xx)" } },
    },
  };
}

/** OpenAPI 3.1's `webhooks`: what we POST to a subscriber, per event type. */
export const webhookEvents: ZodOpenApiPathsObject = {
  ...Object.fromEntries(
    Object.entries(WEBHOOK_EVENT_KINDS).map(([type, kind]) => [
      type,
      webhookEvent(
        type,
        DOMAIN_EVENT_PAYLOADS[kind].extend({
          eventId: z.string().meta({ description: "The event's id (the same event is never sent twice under different ids)" }),
          url: z.string().meta({ description: "The page about it on this site" }),
        }),
        "sent when this happens on something the subscription covers",
      ),
    ]),
  ),
  "count.recorded": webhookEvent(
    "count.recorded",
    ZCountRecordedData,
    "opt-in (only to subscriptions that list it in events): one message per batch of counts recorded for an initiative, with its newest whole-initiative total",
  ),
};
