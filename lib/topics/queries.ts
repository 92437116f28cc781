import "server-only";
// Topics and their timelines: the initiatives on a topic across jurisdictions, what happened to them
// (openings, thresholds, stages, responses), and decisions taken outside any tracked initiative.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TLocalized } from "@/lib/i18n/locales";
import { summariesByIds } from "@/lib/initiatives/queries";
import type { TInitiativeSummary } from "@/lib/initiatives/dto";
import { parseRules } from "@/lib/rules/schemas";
import { findStage } from "@/lib/rules/stages";
import type { TTimelineEntry, TTopicOut } from "./dto";

export async function listTopics(): Promise<TTopicOut[]> {
  const rows = await db().topic.findMany({ orderBy: { slug: "asc" }, include: { _count: { select: { initiatives: true } } } });
  return rows.map((t) => ({
    slug: t.slug,
    name: t.name as TLocalized,
    description: (t.description as TLocalized | null) ?? null,
    initiativeCount: t._count.initiatives,
  }));
}

export type TopicPage = { topic: TTopicOut; initiatives: TInitiativeSummary[]; timeline: TTimelineEntry[] };

/** Members from which a topic is read by walking the newest-first index (newestMembers). */
const LARGE_TOPIC = 500;

/**
 * Up to `limit` initiatives of a topic, newest first (opened, else registered, else created: the
 * list's "newest" order), optionally without withdrawn ones or one slug. Reads those rows, never
 * the topic's whole membership: a large topic by walking the newest-first index until it has
 * `limit` members (sorting the 3,300 members of a synthetic topic took 22 ms, the walk ~3 ms), a
 * small one by sorting its members, which a walk could have to look past every initiative to find.
 */
async function newestMembers(
  topic: { id: string; large: boolean },
  limit: number,
  options: { exceptSlug?: string; withoutWithdrawn?: boolean } = {},
): Promise<{ id: string; slug: string; title: TLocalized }[]> {
  const conditions = [
    options.exceptSlug === undefined ? Prisma.empty : Prisma.sql`AND i.slug <> ${options.exceptSlug}`,
    options.withoutWithdrawn ? Prisma.sql`AND i."withdrawnAt" IS NULL` : Prisma.empty,
  ];
  return topic.large
    ? db().$queryRaw`
        SELECT i.id, i.slug, i.title FROM "Initiative" i
        WHERE i.id IN (SELECT it."A" FROM "_InitiativeToTopic" it WHERE it."B" = ${topic.id}) ${Prisma.join(conditions, " ")}
        ORDER BY i."listNewest" DESC, i.id LIMIT ${limit}`
    : db().$queryRaw`
        SELECT i.id, i.slug, i.title FROM "_InitiativeToTopic" it JOIN "Initiative" i ON i.id = it."A"
        WHERE it."B" = ${topic.id} ${Prisma.join(conditions, " ")}
        ORDER BY i."listNewest" DESC, i.id LIMIT ${limit}`;
}

/**
 * The most initiatives a topic's page shows, newest first, with their events in its
 * timeline; the page links to the list filtered by the topic for the rest. Unbounded, a topic of
 * the synthetic set (3,300 initiatives) took 7 s and 8.4 MB to render.
 */
export const TOPIC_PAGE_INITIATIVES = 50;

export async function findTopic(
  slug: string,
  now = new Date(),
  shown = TOPIC_PAGE_INITIATIVES,
  largeTopic = LARGE_TOPIC,
): Promise<TopicPage | null> {
  const topic = await db().topic.findUnique({
    where: { slug },
    include: { _count: { select: { initiatives: true } }, events: { include: { jurisdiction: { select: { code: true } } } } },
  });
  if (!topic) return null;
  // Which initiatives, in SQL: Prisma applies `take` to a many-to-many relation after reading all
  // of it (700 ms for a synthetic topic's 3,300 members with their rules).
  const ids = (await newestMembers({ id: topic.id, large: topic._count.initiatives >= largeTopic }, shown)).map((m) => m.id);
  const members = await db().initiative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      rules: true,
      openedAt: true,
      registeredAt: true,
      jurisdiction: { select: { code: true } },
      stageEvents: { select: { stage: true, occurredAt: true, sourceUrl: true, fromStage: true } },
      responses: { select: { respondedAt: true, summary: true, respondingBody: true, sourceUrl: true } },
      domainEvents: { where: { kind: "THRESHOLD_REACHED" }, select: { occurredAt: true, payload: true } },
    },
  });
  const timeline: TTimelineEntry[] = [];
  for (const i of members) {
    const rules = parseRules(i.rules);
    const base = { initiativeSlug: i.slug, initiativeTitle: i.title as TLocalized, jurisdiction: i.jurisdiction.code };
    const opened = i.openedAt ?? i.registeredAt;
    for (const e of i.stageEvents) {
      if (!e.fromStage) {
        if (opened)
          timeline.push({
            ...base,
            at: opened.toISOString(),
            kind: "initiative-opened",
            title: findStage(rules, e.stage)?.label ?? { en: e.stage },
            body: null,
            sourceUrl: e.sourceUrl,
          });
        continue;
      }
      timeline.push({
        ...base,
        at: e.occurredAt.toISOString(),
        kind: "stage-changed",
        title: findStage(rules, e.stage)?.label ?? { en: e.stage },
        body: null,
        sourceUrl: e.sourceUrl,
      });
    }
    for (const d of i.domainEvents) {
      const label = (d.payload as { threshold?: { label?: TLocalized } }).threshold?.label ?? { en: "Threshold reached" };
      timeline.push({ ...base, at: d.occurredAt.toISOString(), kind: "threshold-reached", title: label, body: null, sourceUrl: null });
    }
    for (const r of i.responses) {
      timeline.push({
        ...base,
        at: r.respondedAt.toISOString(),
        kind: "response",
        title: r.respondingBody as TLocalized,
        body: r.summary as TLocalized,
        sourceUrl: r.sourceUrl,
      });
    }
  }
  for (const e of topic.events) {
    timeline.push({
      at: e.occurredAt.toISOString(),
      kind: "external",
      title: e.title as TLocalized,
      body: (e.body as TLocalized | null) ?? null,
      initiativeSlug: null,
      initiativeTitle: null,
      jurisdiction: e.jurisdiction?.code ?? e.countryCode,
      sourceUrl: e.sourceUrl,
    });
  }
  timeline.sort((a, b) => b.at.localeCompare(a.at));
  const initiatives = await summariesByIds(ids, now);
  return {
    topic: {
      slug: topic.slug,
      name: topic.name as TLocalized,
      description: (topic.description as TLocalized | null) ?? null,
      initiativeCount: topic._count.initiatives,
    },
    initiatives,
    timeline,
  };
}

/**
 * Up to `limit` other initiatives sharing a topic with `slug` (not withdrawn), topic by topic in
 * the order given, newest first within a topic: what the status page offers to compare with.
 * `largeTopic` is for tests (see newestMembers); a topic's size is counted only that far.
 */
export async function findTopicNeighbours(
  slug: string,
  topicSlugs: string[],
  limit: number,
  largeTopic = LARGE_TOPIC,
): Promise<{ slug: string; title: TLocalized }[]> {
  const found = new Map<string, TLocalized>();
  for (const slugOfTopic of topicSlugs) {
    const [topic] = await db().$queryRaw<{ id: string; large: boolean }[]>`
      SELECT id, (SELECT count(*) FROM (SELECT 1 FROM "_InitiativeToTopic" WHERE "B" = t.id LIMIT ${largeTopic}) x) >= ${largeTopic} AS large
      FROM "Topic" t WHERE slug = ${slugOfTopic}`;
    if (!topic) continue;
    for (const r of await newestMembers(topic, limit, { exceptSlug: slug, withoutWithdrawn: true })) {
      if (!found.has(r.slug)) found.set(r.slug, r.title);
    }
    if (found.size >= limit) break;
  }
  return [...found].slice(0, limit).map(([s, title]) => ({ slug: s, title }));
}

/** The admin console's topics table (with ids, for editing). */
export async function listTopicsForAdmin(actor: Actor | null) {
  requireRole(actor, "EDITOR");
  const rows = await db().topic.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, name: true, description: true, _count: { select: { initiatives: true } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, initiatives: _count.initiatives }));
}
export type TTopicRow = Awaited<ReturnType<typeof listTopicsForAdmin>>[number];

/** A topic and its own timeline events (newest first), for the admin console; null if unknown. */
export async function topicTimelineForAdmin(actor: Actor | null, slug: string) {
  requireRole(actor, "EDITOR");
  return db().topic.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      events: {
        orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          occurredAt: true,
          countryCode: true,
          title: true,
          sourceUrl: true,
          jurisdiction: { select: { code: true, name: true } },
        },
      },
    },
  });
}
