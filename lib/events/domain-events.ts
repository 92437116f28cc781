// The vocabulary of domain events (the outbox): one payload schema per kind, so what a command
// writes and what feeds, notifications and emails read is the same shape. A new kind of event gets
// its schema here (the database enum EventKind lists the kinds). Isomorphic.
import { z } from "zod";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { ZLocalizedOut } from "@/lib/schemas/fields";

// Titles come from the initiative's stored JSON: any value goes in, it must be localized text.
const initiative = { slug: z.string(), title: z.unknown().pipe(ZLocalizedOut) };
const ZPlaceRef = z.object({ code: z.string(), name: z.unknown().pipe(ZLocalizedOut) });
const ZTopicRef = z.object({ slug: z.string(), name: z.unknown().pipe(ZLocalizedOut) });
const ZThresholdRef = z.looseObject({ code: z.string(), target: z.number(), label: ZLocalizedOut });

export const DOMAIN_EVENT_PAYLOADS = {
  THRESHOLD_REACHED: z.looseObject({
    ...initiative,
    value: z.number(),
    observedAt: z.string(),
    threshold: ZThresholdRef.extend({ meaning: z.string() }),
  }),
  MILESTONE: z.looseObject({ ...initiative, value: z.number(), observedAt: z.string(), percent: z.number(), threshold: ZThresholdRef }),
  STAGE_CHANGED: z.looseObject({
    ...initiative,
    from: z.string(),
    to: z.string(),
    label: ZLocalizedOut.nullable(),
    stageEventId: z.string(),
  }),
  RESPONSE_PUBLISHED: z.looseObject({ ...initiative, responseKind: z.string(), summary: ZLocalizedOut, decision: z.string().nullable() }),
  DEADLINE_7_DAYS: z.looseObject({ ...initiative, deadline: z.string() }),
  DEADLINE_1_DAY: z.looseObject({ ...initiative, deadline: z.string() }),
  INITIATIVE_REGISTERED: z.looseObject({ ...initiative, jurisdiction: ZPlaceRef, topics: z.array(ZTopicRef) }),
  // A topic's timeline event: `title` is the event's, `date` when it happened (it may be added later).
  TOPIC_EVENT_ADDED: z.looseObject({
    topic: ZTopicRef,
    topicEventId: z.string(),
    title: z.unknown().pipe(ZLocalizedOut),
    date: z.string(),
    sourceUrl: z.string(),
    jurisdiction: ZPlaceRef.nullable(),
    countryCode: z.string().nullable(),
  }),
} satisfies Record<EventKind, z.ZodType>;

export type EventPayload<K extends EventKind> = z.infer<(typeof DOMAIN_EVENT_PAYLOADS)[K]>;

/** An event to write: its kind decides its payload's shape. */
export type DomainEventInput = {
  [K in EventKind]: {
    kind: K;
    initiativeId: string | null;
    topicId?: string | null;
    jurisdictionId?: string | null;
    dedupeKey: string;
    occurredAt: Date;
    payload: z.input<(typeof DOMAIN_EVENT_PAYLOADS)[K]>;
  };
}[EventKind];

/** A stored payload read back in its kind's shape (null when it does not have that shape). */
export function readPayload<K extends EventKind>(kind: K, payload: unknown): EventPayload<K> | null {
  const parsed = DOMAIN_EVENT_PAYLOADS[kind].safeParse(payload);
  return parsed.success ? (parsed.data as EventPayload<K>) : null;
}
