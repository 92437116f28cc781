// Webhooks (Standard Webhooks): the event types a subscription can ask for, the inputs of the API,
// and the shape of every message. Isomorphic: the API, the OpenAPI document and /developers use it.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { ZLocalizedOut } from "@/lib/schemas/fields";

/** The domain events delivered by webhook, by their public type. */
export const WEBHOOK_EVENT_KINDS = {
  "initiative.registered": "INITIATIVE_REGISTERED",
  "count.threshold_reached": "THRESHOLD_REACHED",
  "stage.changed": "STAGE_CHANGED",
  "response.published": "RESPONSE_PUBLISHED",
  "topic.event_added": "TOPIC_EVENT_ADDED",
} as const satisfies Record<string, EventKind>;
/**
 * Types sent only to subscriptions that name them in `events` (an empty list, "every type", leaves
 * them out): `count.recorded` is one message per recorded batch of counts, far more than the rest.
 */
export const OPT_IN_EVENT_TYPES = ["count.recorded"] as const;
/** The test message of POST /api/v1/webhooks/{id}/test. */
export const TEST_EVENT_TYPE = "webhook.test";

export const WEBHOOK_EVENT_TYPES = [...(Object.keys(WEBHOOK_EVENT_KINDS) as (keyof typeof WEBHOOK_EVENT_KINDS)[]), ...OPT_IN_EVENT_TYPES];
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isOptInEventType(type: string): boolean {
  return (OPT_IN_EVENT_TYPES as readonly string[]).includes(type);
}

export function eventTypeOf(kind: EventKind): TWebhookEventType | null {
  const found = Object.entries(WEBHOOK_EVENT_KINDS).find(([, k]) => k === kind);
  return found ? (found[0] as TWebhookEventType) : null;
}

const ZSlugList = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, issue("slug")),
  )
  .max(100);

export const ZWebhookUrl = z.string().trim().max(2000).url(issue("url"));

export const ZWebhookInput = z.object({
  url: ZWebhookUrl,
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { message: issue("choice") }))
    .max(20)
    .default([]),
  initiatives: ZSlugList.default([]),
  topics: ZSlugList.default([]),
  jurisdictions: ZSlugList.default([]),
  description: z.string().trim().max(200).optional(),
});
export type TWebhookInput = z.input<typeof ZWebhookInput>;

/** PATCH: any of the fields; `enabled: true` turns a subscription that was disabled back on. */
export const ZWebhookUpdate = z.object({
  url: ZWebhookUrl.optional(),
  events: ZWebhookInput.shape.events.unwrap().optional(),
  initiatives: ZSlugList.optional(),
  topics: ZSlugList.optional(),
  jurisdictions: ZSlugList.optional(),
  description: z.string().trim().max(200).nullable().optional(),
  enabled: z.boolean().optional(),
});

export const ZWebhookParams = z.object({ id: z.string().min(1).max(40) });

export const ZWebhookOut = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()).meta({ description: "Event types; empty: every type except the opt-in count.recorded" }),
  initiatives: z.array(z.string()),
  topics: z.array(z.string()),
  jurisdictions: z.array(z.string()),
  description: z.string().nullable(),
  enabled: z.boolean(),
  disabledAt: z.string().nullable(),
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
});
export const ZWebhookWithSecret = ZWebhookOut.extend({
  secret: z.string().meta({ description: "The signing secret (whsec_…), shown only now: store it" }),
});

export const ZWebhookDeliveryOut = z.object({
  id: z.string().meta({ description: "The webhook-id header: the same on every retry of this message" }),
  eventType: z.string(),
  status: z.enum(["PENDING", "SENDING", "SUCCEEDED", "FAILED"]),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});

/** The data of a count.recorded message: one batch of counts recorded for one initiative. */
export const ZCountRecordedData = z.object({
  slug: z.string(),
  title: ZLocalizedOut,
  value: z.number().int().meta({ description: "The newest whole-initiative total in the batch" }),
  observedAt: z.string().meta({ description: "When that total was observed (ISO 8601)" }),
  source: z.string().meta({ description: 'Where it came from: "manual", "api", or "import:<source>"' }),
  observations: z.number().int().meta({ description: "How many observations the batch recorded (totals, regions, kinds)" }),
  latestTotal: z.number().int().nullable().meta({ description: "The initiative's headline total after the batch" }),
  url: z.string().meta({ description: "The page about it on this site" }),
});
export type TCountRecordedData = z.infer<typeof ZCountRecordedData>;

/** Every message: Standard Webhooks' recommended envelope. */
export const ZWebhookMessage = z.object({
  type: z.string(),
  timestamp: z.string().meta({ description: "When the event happened (ISO 8601)" }),
  data: z.record(z.string(), z.unknown()),
});
export type TWebhookMessage = z.infer<typeof ZWebhookMessage>;
