import "server-only";
// Topics group initiatives across jurisdictions; their timeline also shows decisions taken outside
// any tracked initiative (another country's withdrawal, say), each with its source.
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { emitEvents } from "@/lib/events/emit-event";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { TAGS } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { ZTopicEventInput, ZTopicInput } from "./schemas";

export async function saveTopic(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "EDITOR");
  const data = parseInput(ZTopicInput, input);
  return db().$transaction(async (tx) => {
    const before = await tx.topic.findUnique({ where: { slug: data.slug } });
    const topic = await tx.topic.upsert({
      where: { slug: data.slug },
      create: data,
      update: { name: data.name, description: data.description },
    });
    if (!before || JSON.stringify([before.name, before.description]) !== JSON.stringify([topic.name, topic.description])) {
      const audited = { entityId: topic.id, after: topic };
      await writeAudit(
        tx,
        actor,
        ctx,
        before ? { action: "topic.update", ...audited, before } : { action: "topic.create", ...audited, before: null },
      );
      await invalidateOnCommit(tx, [TAGS.topic(topic.slug), TAGS.topics]);
    }
    return topic;
  });
}

/** Adds an event to a topic's timeline; the same (topic, date, title) is not added twice. */
export async function addTopicEvent(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "EDITOR");
  const data = parseInput(ZTopicEventInput, input);
  return db().$transaction(async (tx) => {
    const topic = await tx.topic.findUnique({ where: { slug: data.topicSlug } });
    if (!topic) throw new AppError("INVALID_INPUT", { issues: [fieldIssue("topicSlug", "unknown")] });
    const jurisdiction = data.jurisdictionCode ? await tx.jurisdiction.findUnique({ where: { code: data.jurisdictionCode } }) : null;
    if (data.jurisdictionCode && !jurisdiction)
      throw new AppError("INVALID_INPUT", { issues: [fieldIssue("jurisdictionCode", "unknown")] });
    const existing = await tx.topicEvent.findMany({ where: { topicId: topic.id, occurredAt: data.occurredAt } });
    const same = existing.find((e) => JSON.stringify(e.title) === JSON.stringify(data.title));
    if (same) return { event: same, created: false };
    const event = await tx.topicEvent.create({
      data: {
        topicId: topic.id,
        jurisdictionId: jurisdiction?.id ?? null,
        countryCode: data.countryCode ?? null,
        occurredAt: data.occurredAt,
        title: data.title,
        body: data.body,
        sourceUrl: data.sourceUrl,
      },
    });
    await writeAudit(tx, actor, ctx, { action: "topic_event.create", entityId: event.id, after: event });
    // The topic's followers hear of it when it is added (an editor may add last week's decision);
    // the seed's history is recorded with its own dates, so it is never announced.
    await emitEvents(tx, [
      {
        kind: "TOPIC_EVENT_ADDED",
        initiativeId: null,
        topicId: topic.id,
        jurisdictionId: jurisdiction?.id ?? null,
        dedupeKey: `topic-event:${event.id}`,
        occurredAt: ctx.via === "seed" || ctx.via === "import" ? data.occurredAt : new Date(),
        payload: {
          topic: { slug: topic.slug, name: topic.name },
          topicEventId: event.id,
          title: data.title,
          date: data.occurredAt.toISOString(),
          sourceUrl: data.sourceUrl,
          jurisdiction: jurisdiction ? { code: jurisdiction.code, name: jurisdiction.name } : null,
          countryCode: data.countryCode ?? null,
        },
      },
    ]);
    await invalidateOnCommit(tx, [TAGS.topic(topic.slug), TAGS.topics, ...(jurisdiction ? [TAGS.jurisdiction(jurisdiction.code)] : [])]);
    return { event, created: true };
  });
}
