import "server-only";
// Editing an initiative, with optimistic concurrency: the edit names the version it was based on
// and is refused with 409 CONFLICT when someone saved in between (a stage change counts too), with
// what is stored now and what changed since, so nothing is overwritten unseen. The change, its one
// audit row and the cache invalidation (old and new topics) commit together.
import { db, type Tx } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { tagsForInitiative } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { collectionDeadline } from "@/lib/rules/deadlines";
import { parseRules } from "@/lib/rules/schemas";
import { lockInitiative, type InitiativeRef } from "./lock";
import { changedFields, toEditable, type TEditableInitiative } from "./editable";
import { INITIATIVE_LOCAL_TIMES, ZUpdateInitiative } from "./schemas";
import { zoneFields } from "@/lib/schemas/zoned-time";

export type ConcurrentChange = { at: string; actor: string; action: string; fields: string[] };

export async function updateInitiative(actor: Actor, ref: InitiativeRef, input: unknown, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const current = await lockForEdit(tx, ref);
    const data = parseInput(ZUpdateInitiative, zoneFields(input, INITIATIVE_LOCAL_TIMES, parseRules(current.rules).timeZone));
    await assertVersion(tx, current, data.expectedVersion);

    const topics = await tx.topic.findMany({ where: { slug: { in: data.topicSlugs } }, select: { id: true, slug: true } });
    if (topics.length !== new Set(data.topicSlugs).size)
      throw new AppError("INVALID_INPUT", { issues: [fieldIssue("topicSlugs", "unknown")] });
    const rules = parseRules(current.rules);
    const collectionEndsAt = data.collectionEndsAt ?? (data.openedAt ? collectionDeadline(rules, data.openedAt) : null);

    const before = toEditable(current);
    const next: TEditableInitiative = {
      version: current.version + 1,
      title: data.title,
      summary: data.summary,
      primaryLanguage: data.primaryLanguage,
      externalUrl: data.externalUrl ?? null,
      organisers: data.organisers,
      registeredAt: data.registeredAt?.toISOString() ?? null,
      openedAt: data.openedAt?.toISOString() ?? null,
      collectionEndsAt: collectionEndsAt?.toISOString() ?? null,
      topicSlugs: topics.map((t) => t.slug).sort(),
    };
    const fields = changedFields(before, next);
    if (fields.length === 0) return { slug: current.slug, version: current.version, changed: [] as string[] };

    const updated = await tx.initiative.update({
      where: { id: current.id },
      data: {
        title: data.title,
        summary: data.summary,
        primaryLanguage: data.primaryLanguage,
        externalUrl: data.externalUrl ?? null,
        organisers: data.organisers,
        registeredAt: data.registeredAt ?? null,
        openedAt: data.openedAt ?? null,
        collectionEndsAt,
        topics: { set: topics.map((t) => ({ id: t.id })) },
        version: { increment: 1 },
      },
      select: { version: true },
    });
    const pick = (e: TEditableInitiative, version: number) => ({ version, ...Object.fromEntries(fields.map((f) => [f, e[f]])) });
    await writeAudit(tx, actor, ctx, {
      action: "initiative.update",
      entityId: current.id,
      initiativeId: current.id,
      before: pick(before, current.version),
      after: pick(next, updated.version),
    });
    const tags = (topicSlugs: string[]) =>
      tagsForInitiative({ slug: current.slug, jurisdictionCode: current.jurisdiction.code, schemeCode: current.scheme.code, topicSlugs });
    await invalidateOnCommit(tx, [...tags(before.topicSlugs), ...tags(next.topicSlugs)]);
    return { slug: current.slug, version: updated.version, changed: fields };
  });
}

const editInclude = { jurisdiction: true, scheme: true, topics: { select: { slug: true } } } as const;

/** Locks the initiative's row for the rest of the transaction (edits of one initiative queue up). */
export async function lockForEdit(tx: Tx, ref: InitiativeRef) {
  const id = await lockInitiative(tx, ref);
  return tx.initiative.findUniqueOrThrow({ where: { id }, include: editInclude });
}

/** 409 when the initiative moved on since `expected`, with what is stored now and who changed what. */
export async function assertVersion(tx: Tx, current: Parameters<typeof toEditable>[0] & { id: string }, expected: number): Promise<void> {
  if (current.version === expected) return;
  const since = await tx.$queryRaw<{ createdAt: Date; actorLabel: string; action: string; after: unknown }[]>`
    SELECT "createdAt", "actorLabel", action, after FROM "AuditEvent"
    WHERE "initiativeId" = ${current.id}
      AND jsonb_typeof(after->'version') = 'number' AND (after->>'version')::int > ${expected}
    ORDER BY id`;
  const changes: ConcurrentChange[] = since.map((a) => ({
    at: a.createdAt.toISOString(),
    actor: a.actorLabel,
    action: a.action,
    fields: Object.keys(a.after ?? {}).filter((k) => k !== "version"),
  }));
  throw new AppError("CONFLICT", {
    userMessage: "This initiative was changed while you were editing it. Review the changes and try again.",
    details: { expectedVersion: expected, currentVersion: current.version, current: toEditable(current), changes },
  });
}
