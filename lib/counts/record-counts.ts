import "server-only";
// Recording signature counts. Observations are append-only: a correction is a new row that
// supersedes the wrong one. The initiative's headline total (latest non-superseded TOTAL for the
// whole initiative), its growth and its share of the next threshold are derived here and nowhere
// else, in the same transaction as the insert, together with quality flags, threshold events for
// followers, the audit row and the cache invalidation.
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { emitEvents } from "@/lib/events/emit-event";
import { AppError, type FieldIssue } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/parse";
import { evaluateProgress } from "@/lib/rules/progress";
import { isKnownRegion, parseRules, type TRules } from "@/lib/rules/schemas";
import { growthPerDay } from "./growth";
import { insertFlags, insertObservations } from "./bulk-insert";
import type { QualityFlag } from "./quality";
import { computeFlags, thresholdEvents, type HeadlinePoint } from "./record-effects";
import { CLOCK_SKEW_MS, ZRecordCounts, type TObservation, type TObservationInput } from "./schemas";

export type InitiativeRef = { slug: string } | { id: string };

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

export async function recordCounts(
  actor: Actor,
  ref: InitiativeRef,
  input: { observations: TObservationInput[] },
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  const { observations } = parseInput(ZRecordCounts, input);
  return db().$transaction((tx) => recordCountsInTx(tx, actor, ref, observations, ctx, options), { timeout: 120_000 });
}

type LockedInitiative = Prisma.InitiativeGetPayload<{ include: { jurisdiction: true; scheme: true; topics: true } }>;

async function lockInitiative(tx: Tx, ref: InitiativeRef): Promise<LockedInitiative> {
  // Serialises concurrent writers of the same initiative's derived fields.
  const rows =
    "slug" in ref
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE slug = ${ref.slug} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE id = ${ref.id} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new AppError("NOT_FOUND", { userMessage: "There is no such initiative." });
  return tx.initiative.findUniqueOrThrow({ where: { id }, include: { jurisdiction: true, scheme: true, topics: true } });
}

/** The same command inside a caller's transaction (importers combine it with other changes). */
export async function recordCountsInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  observations: TObservation[],
  ctx: RequestContext,
  options: RecordCountsOptions = {},
): Promise<RecordCountsResult> {
  requireRole(actor, "EDITOR");
  const now = options.now ?? new Date();
  const source = options.source ?? (ctx.via === "api" ? "api" : "manual");
  const initiative = await lockInitiative(tx, ref);
  const rules = parseRules(initiative.rules);

  await validate(tx, initiative.id, rules, observations, now);

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

  if (created.length) {
    await writeAudit(tx, actor, ctx, {
      action: created.length === 1 ? "observation.create" : "observation.bulk_create",
      entityType: created.length === 1 ? "CountObservation" : "Initiative",
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

async function validate(tx: Tx, initiativeId: string, rules: TRules, rows: TObservation[], now: Date) {
  const issues: FieldIssue[] = [];
  const supersedes = rows.map((r) => r.supersedesId).filter((s): s is string => Boolean(s));
  const targets = supersedes.length
    ? await tx.countObservation.findMany({
        where: { id: { in: supersedes } },
        select: { id: true, initiativeId: true, kind: true, region: true, supersededBy: { select: { id: true } } },
      })
    : [];
  rows.forEach((r, i) => {
    const at = (field: string) => `observations.${i}.${field}`;
    if (!isKnownRegion(rules, r.region))
      issues.push({ path: at("region"), message: `"${r.region}" is not a region of this initiative's rules` });
    if (r.observedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      issues.push({ path: at("observedAt"), message: "A count cannot be dated in the future" });
    if (r.supersedesId) {
      const target = targets.find((t) => t.id === r.supersedesId);
      if (!target || target.initiativeId !== initiativeId)
        issues.push({ path: at("supersedesId"), message: "No such count on this initiative" });
      else if (target.supersededBy) issues.push({ path: at("supersedesId"), message: "That count has already been corrected" });
      else if (target.kind !== r.kind || target.region !== r.region)
        issues.push({ path: at("supersedesId"), message: "A correction must have the same kind and region" });
      if (!r.correctionReason) issues.push({ path: at("correctionReason"), message: "Say why the count is being corrected" });
    }
  });
  if (new Set(supersedes).size !== supersedes.length) issues.push({ path: "observations", message: "A count can only be corrected once" });
  if (issues.length) throw new AppError("INVALID_INPUT", { userMessage: "Some counts are not valid. Nothing was saved.", issues });
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
