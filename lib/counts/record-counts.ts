import "server-only";
// Recording signature counts. Observations are append-only: a correction is a new row that
// supersedes the wrong one. The initiative's headline total (latest non-superseded TOTAL for the
// whole initiative), its growth and its share of the next threshold are derived here and nowhere
// else, in the same transaction as the insert, together with quality flags, threshold events for
// followers, count.recorded webhook messages, the audit row and the cache invalidation.
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { emitEvents } from "@/lib/events/emit-event";
import { lockInitiative, type InitiativeRef } from "@/lib/initiatives/lock";
import { parseInput } from "@/lib/errors/parse-input";
import { evaluateProgress } from "@/lib/rules/progress";
import { parseRules } from "@/lib/rules/schemas";
import { zoneFields } from "@/lib/schemas/zoned-time";
import { growthPerDay } from "@/lib/series/growth";
import { insertFlags, insertObservations } from "./bulk-insert";
import { writeCountBatch } from "./count-batch";
import type { QualityFlag } from "./quality";
import { computeFlags, thresholdEvents, type HeadlinePoint } from "./record-effects";
import { OBSERVATION_LOCAL_TIMES, ZObservationInput, ZRecordCounts, type TObservation } from "./schemas";
import { batchPath, singlePath, validateObservations, type FieldPath } from "./validate-observations";

export type RecordCountsOptions = {
  /** "manual" (default for people), "api", "demo", or "import:<source>". */
  source?: string;
  /** Importers: skip rows whose (kind, region, observedAt) is already stored, so re-imports add nothing. */
  skipExisting?: boolean;
  /** Now, for validating future dates (tests and replays pass their own). */
  now?: Date;
};

export type RecordCountsResult = {
  initiativeId: string;
  slug: string;
  created: number;
  skipped: number;
  latestTotal: number | null;
  flags: (QualityFlag & { observationId: string })[];
  events: number;
};

/** A batch ({ observations: [...] }), all or nothing. Untrusted input: parsed here. */
export async function recordCounts(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  return db().$transaction((tx) => recordCountsInTx(tx, actor, ref, input, ctx, options), { timeout: 120_000 });
}

/** One observation; its issues are named after its own fields ("value"). Untrusted input: parsed here. */
export async function recordCount(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  return db().$transaction(async (tx) => {
    const initiative = await lockedInitiative(tx, ref);
    const observation = parseInput(ZObservationInput, zoneFields(input, OBSERVATION_LOCAL_TIMES, timeZoneOf(initiative)));
    return recordLocked(tx, actor, initiative, [observation], ctx, options, singlePath);
  });
}

/** The batch command inside a caller's transaction (bulk CSV preview). */
export async function recordCountsInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  const initiative = await lockedInitiative(tx, ref);
  const zone = timeZoneOf(initiative);
  const raw = input && typeof input === "object" && "observations" in input ? input.observations : undefined;
  const zoned = Array.isArray(raw) ? { observations: raw.map((o: unknown) => zoneFields(o, OBSERVATION_LOCAL_TIMES, zone)) } : input;
  const { observations } = parseInput(ZRecordCounts, zoned);
  return recordLocked(tx, actor, initiative, observations, ctx, options, batchPath);
}

type LockedInitiative = Prisma.InitiativeGetPayload<{ include: { jurisdiction: true; scheme: true; topics: true } }>;

/** Serialises concurrent writers of the same initiative's derived fields. */
async function lockedInitiative(tx: Tx, ref: InitiativeRef): Promise<LockedInitiative> {
  const id = await lockInitiative(tx, ref);
  return tx.initiative.findUniqueOrThrow({ where: { id }, include: { jurisdiction: true, scheme: true, topics: true } });
}

/** Times without an offset are the initiative's local time (its rules' time zone), as on its official site. */
const timeZoneOf = (initiative: LockedInitiative) => parseRules(initiative.rules).timeZone;

/** Already parsed observations (importers: times are absolute; no batch limit, a history holds thousands). */
export async function recordObservationsInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  observations: TObservation[],
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  return recordLocked(tx, actor, await lockedInitiative(tx, ref), observations, ctx, options, batchPath);
}

async function recordLocked(
  tx: Tx,
  actor: Actor,
  initiative: LockedInitiative,
  observations: TObservation[],
  ctx: RequestContext,
  options: RecordCountsOptions,
  path: FieldPath,
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  const now = options.now ?? new Date();
  const source = options.source ?? (ctx.via === "api" ? "api" : "manual");
  const rules = parseRules(initiative.rules);

  await validateObservations(tx, initiative.id, rules, observations, now, path);

  let rows = observations;
  let skipped = 0;
  if (options.skipExisting) {
    rows = await withoutStored(tx, initiative.id, observations);
    skipped = observations.length - rows.length;
  }
  const headline = (o: { kind: string; region: string }) => o.kind === "TOTAL" && o.region === "";
  const before = initiative.latestTotal;

  const created = await insertObservations(
    tx,
    rows.map((o) => ({
      initiativeId: initiative.id,
      value: o.value,
      kind: o.kind,
      region: o.region,
      observedAt: o.observedAt,
      source,
      sourceUrl: o.sourceUrl ?? null,
      sourceUpdatedAt: o.sourceUpdatedAt ?? null,
      enteredById: actorUserId(actor),
      note: o.note ?? null,
      supersedesId: o.supersedesId ?? null,
      correctionReason: o.correctionReason ?? null,
    })),
  );

  // Derived fields, recomputed from the stored observations.
  const series = await headlineSeries(tx, initiative.id);
  const latest = series[series.length - 1] ?? null;
  const growth = growthPerDay(series.map((p) => ({ at: p.observedAt, value: p.value })));
  const progress = latest
    ? evaluateProgress(rules, {
        total: { TOTAL: { value: latest.value, observedAt: latest.observedAt, source: latest.source } },
        byRegion: {},
      })
    : null;
  await tx.initiative.update({
    where: { id: initiative.id },
    data: {
      latestTotal: latest?.value ?? null,
      latestTotalAt: latest?.observedAt ?? null,
      latestTotalSource: latest?.source ?? null,
      growthPerDay: growth,
      nextThresholdShare: progress ? (progress.next?.share ?? 1) : null,
    },
  });

  const flags = computeFlags(
    created,
    series,
    rules,
    initiative.latestTotalAt ? { value: before ?? 0, observedAt: initiative.latestTotalAt } : null,
  );
  if (flags.length) {
    await insertFlags(
      tx,
      flags.map((f) => ({ initiativeId: initiative.id, observationId: f.observationId, code: f.code, details: f.details })),
    );
  }

  const events = latest && created.some(headline) ? thresholdEvents(initiative, rules, before, latest) : [];
  const emitted = await emitEvents(tx, events);
  await writeCountBatch(tx, {
    initiativeId: initiative.id,
    totals: created.filter(headline),
    observations: created.length,
    source,
    latestTotal: latest?.value ?? null,
  });

  if (created.length) {
    await writeAudit(tx, actor, ctx, {
      action: created.length === 1 ? "observation.create" : "observation.bulk_create",
      entityId: created.length === 1 ? (created[0] as { id: string }).id : initiative.id,
      initiativeId: initiative.id,
      before: { latestTotal: before },
      after: {
        created: created.length,
        skipped,
        source,
        latestTotal: latest?.value ?? null,
        observations: created.slice(0, 100),
      },
    });
    await invalidateInitiativeOnCommit(tx, initiative);
  }

  return {
    initiativeId: initiative.id,
    slug: initiative.slug,
    created: created.length,
    skipped,
    latestTotal: latest?.value ?? null,
    flags,
    events: emitted,
  };
}

async function withoutStored(tx: Tx, initiativeId: string, rows: TObservation[]): Promise<TObservation[]> {
  if (rows.length === 0) return rows;
  const times = rows.map((r) => r.observedAt.getTime());
  const stored = await tx.countObservation.findMany({
    where: { initiativeId, observedAt: { gte: new Date(Math.min(...times)), lte: new Date(Math.max(...times)) } },
    select: { kind: true, region: true, observedAt: true },
  });
  const key = (o: { kind: string; region: string; observedAt: Date }) => `${o.kind}|${o.region}|${o.observedAt.getTime()}`;
  const seen = new Set(stored.map(key));
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Non-superseded whole-initiative totals, oldest first. */
async function headlineSeries(tx: Tx, initiativeId: string): Promise<HeadlinePoint[]> {
  const last = await tx.countObservation.findFirst({
    where: { initiativeId, kind: "TOTAL", region: "", supersededBy: { is: null } },
    orderBy: [{ observedAt: "desc" }, { recordedAt: "desc" }],
    select: { observedAt: true },
  });
  if (!last) return [];
  return tx.countObservation.findMany({
    where: {
      initiativeId,
      kind: "TOTAL",
      region: "",
      supersededBy: { is: null },
      observedAt: { gte: new Date(last.observedAt.getTime() - 8 * 86_400_000) },
    },
    orderBy: [{ observedAt: "asc" }, { recordedAt: "asc" }],
    select: { id: true, value: true, observedAt: true, source: true },
  });
}
