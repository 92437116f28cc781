import "server-only";
// Reads behind the public pages and the API (uncached; public.ts caches them). findX returns null
// when there is nothing, getX throws NOT_FOUND, listX returns a page.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNT_KINDS, parseRules } from "@/lib/rules/schemas";
import { DAY_MS } from "@/lib/series/growth";
import { FORECAST_WINDOW_DAYS } from "@/lib/series/forecast";
import { AppError } from "@/lib/errors/app-error";
import type { TInitiativeStatus, TInitiativeSummary } from "./dto";
import { toSummary } from "./to-dto";
import { chartSeries, lastPerBucket } from "./history";
import { toStatus, type CountRow } from "./to-status";

export const summarySelect = {
  slug: true,
  title: true,
  primaryLanguage: true,
  rules: true,
  currentStage: true,
  currentStageAt: true,
  latestTotal: true,
  latestTotalAt: true,
  latestTotalSource: true,
  growthPerDay: true,
  collectionEndsAt: true,
  closedAt: true,
  withdrawnAt: true,
  scheme: { select: { code: true, name: true } },
  jurisdiction: { select: { code: true, name: true } },
  topics: { select: { slug: true, name: true }, orderBy: { slug: "asc" } },
  responses: { select: { respondedAt: true }, orderBy: { respondedAt: "desc" }, take: 1 },
} satisfies Prisma.InitiativeSelect;

const statusSelect = {
  ...summarySelect,
  summary: true,
  externalUrl: true,
  organisers: true,
  registeredAt: true,
  openedAt: true,
  submittedAt: true,
  withdrawnReason: true,
  id: true,
  ruleSet: { select: { version: true, effectiveFrom: true, legalSourceTitle: true, legalSourceUrl: true, note: true } },
  stageEvents: {
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      stage: true,
      occurredAt: true,
      scheduledFor: true,
      title: true,
      body: true,
      documents: true,
      source: true,
      sourceUrl: true,
    },
  },
  responses: {
    orderBy: { respondedAt: "desc" },
    select: {
      respondedAt: true,
      kind: true,
      respondingBody: true,
      summary: true,
      text: true,
      links: true,
      decision: true,
      votesFor: true,
      votesAgainst: true,
      abstentions: true,
      absent: true,
      source: true,
      sourceUrl: true,
      updatedAt: true,
    },
  },
  dataQualityFlag: {
    where: { status: "CONFIRMED" },
    orderBy: { createdAt: "desc" },
    select: { code: true, publicNote: true, reviewedAt: true, observation: { select: { observedAt: true } } },
  },
} satisfies Prisma.InitiativeSelect;

/**
 * Latest non-superseded observation per kind (whole initiative) and per region (TOTAL): one index
 * probe per kind and per region (regions found by skipping through the index), never a read of
 * the whole series.
 */
async function latestCounts(initiativeId: string): Promise<{ byKind: CountRow[]; byRegion: CountRow[] }> {
  const notSuperseded = Prisma.sql`NOT EXISTS (SELECT 1 FROM "CountObservation" c2 WHERE c2."supersedesId" = c.id)`;
  // One statement per kind with the kind as a constant: planned per kind, a kind without
  // observations is an empty index range rather than a filter over the whole series.
  const latest = (kind: Prisma.Sql, region: Prisma.Sql) => Prisma.sql`
    SELECT c.kind::text AS kind, c.region, c.value, c."observedAt", c.source, c."sourceUrl" FROM "CountObservation" c
    WHERE c."initiativeId" = ${initiativeId} AND c.kind = ${kind} AND c.region = ${region} AND ${notSuperseded}
    ORDER BY c."observedAt" DESC, c."recordedAt" DESC LIMIT 1`;
  const byKind = await db().$queryRaw<CountRow[]>`${Prisma.join(
    COUNT_KINDS.map((kind) => Prisma.sql`(${latest(Prisma.sql`${kind}::"CountKind"`, Prisma.sql`''`)})`),
    " UNION ALL ",
  )}`;
  const regionAfter = (after: Prisma.Sql) => Prisma.sql`
    SELECT c.region FROM "CountObservation" c
    WHERE c."initiativeId" = ${initiativeId} AND c.kind = 'TOTAL' AND c.region > ${after} ORDER BY c.region LIMIT 1`;
  const byRegion = await db().$queryRaw<CountRow[]>`
    WITH RECURSIVE r(region) AS (
      SELECT (${regionAfter(Prisma.sql`''`)})
      UNION ALL
      SELECT (${regionAfter(Prisma.sql`r.region`)}) FROM r WHERE r.region IS NOT NULL
    )
    SELECT p.* FROM r CROSS JOIN LATERAL (${latest(Prisma.sql`'TOTAL'`, Prisma.sql`r.region`)}) p WHERE r.region IS NOT NULL`;
  byKind.sort((a, b) => COUNT_KINDS.indexOf(a.kind) - COUNT_KINDS.indexOf(b.kind));
  byRegion.sort((a, b) => b.value - a.value || a.region.localeCompare(b.region));
  return { byKind, byRegion };
}

/** The points a status page's chart shows (at most about CHART_POINTS), and the forecast's days. */
export const CHART_POINTS = 400;

async function headlineHistory(initiativeId: string, rules: unknown) {
  const key = { initiativeId, kind: "TOTAL" as const, region: "" };
  const targets = parseRules(rules)
    .thresholds.filter((t) => t.kind === "TOTAL" && !t.region)
    .map((t) => t.target);
  const [chart, days] = await Promise.all([
    chartSeries(key, targets, CHART_POINTS),
    lastPerBucket(key, "day", { limit: FORECAST_WINDOW_DAYS + 1 }),
  ]);
  return {
    history: chart,
    daily: days.map((d) => ({ day: new Date(Math.floor(d.observedAt.getTime() / DAY_MS) * DAY_MS), value: d.value })),
  };
}

export async function findInitiativeStatus(slug: string, now = new Date()): Promise<TInitiativeStatus | null> {
  const row = await db().initiative.findUnique({ where: { slug }, select: statusSelect });
  if (!row) return null;
  const [counts, history] = await Promise.all([latestCounts(row.id), headlineHistory(row.id, row.rules)]);
  return toStatus({ ...row, dataNotes: row.dataQualityFlag }, { ...counts, ...history }, now);
}

export async function getInitiativeStatus(slug: string, now = new Date()): Promise<TInitiativeStatus> {
  const status = await findInitiativeStatus(slug, now);
  if (!status) throw new AppError("NOT_FOUND", { userMessage: "There is no initiative at this address." });
  return status;
}

export async function summariesByIds(ids: string[], now: Date): Promise<TInitiativeSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db().initiative.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } });
  const byId = new Map(rows.map((r) => [r.id, toSummary(r, now)]));
  return ids.map((id) => byId.get(id)).filter((s): s is TInitiativeSummary => Boolean(s));
}
