// The one way a "threshold reached" (and a milestone on the way) becomes a domain event, whoever
// notices it: a count recorded by hand or through the API, or an official source saying so
// (importers). The dedupe key makes it once per initiative and threshold, whichever comes first.
import type { DomainEventInput } from "@/lib/events/emit-event";

export type EventInitiative = { id: string; slug: string; title: unknown };
type Threshold = { code: string; target: number; meaning: string; label: { en?: string; fi?: string; sv?: string } };

export function thresholdReachedEvent(initiative: EventInitiative, threshold: Threshold, reachedAt: Date, value: number): DomainEventInput {
  return {
    kind: "THRESHOLD_REACHED",
    initiativeId: initiative.id,
    dedupeKey: `threshold:${initiative.id}:${threshold.code}`,
    occurredAt: reachedAt,
    payload: {
      slug: initiative.slug,
      title: initiative.title,
      value,
      observedAt: reachedAt.toISOString(),
      threshold: { code: threshold.code, target: threshold.target, meaning: threshold.meaning, label: threshold.label },
    },
  };
}

export function milestoneEvent(
  initiative: EventInitiative,
  threshold: Omit<Threshold, "meaning">,
  percent: number,
  at: Date,
  value: number,
): DomainEventInput {
  return {
    kind: "MILESTONE",
    initiativeId: initiative.id,
    dedupeKey: `milestone:${initiative.id}:${threshold.code}:${percent}`,
    occurredAt: at,
    payload: {
      slug: initiative.slug,
      title: initiative.title,
      value,
      observedAt: at.toISOString(),
      percent,
      threshold: { code: threshold.code, target: threshold.target, label: threshold.label },
    },
  };
}
