import "server-only";
// Reads behind the public pages and the API (uncached; public.ts caches them). findX returns null
// when there is nothing, getX throws NOT_FOUND, listX returns a page.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCountKind } from "@/lib/rules/schemas";
import { AppError } from "@/lib/errors/app-error";
import type { TInitiativeStatus, TInitiativeSummary } from "./dto";
import { toSummary } from "./to-dto";
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

/** Latest non-superseded observation per kind (whole initiative) and per region (TOTAL). */
async function latestCounts(initiativeId: string): Promise<{ byKind: CountRow[]; byRegion: CountRow[] }> {
  const notSuperseded = Prisma.sql`NOT EXISTS (SELECT 1 FROM "CountObservation" c2 WHERE c2."supersedesId" = c.id)`;
  const byKind = await db().$queryRaw<CountRow[]>`
    SELECT DISTINCT ON (kind) kind::text AS kind, region, value, "observedAt", source, "sourceUrl"
    FROM "CountObservation" c
    WHERE "initiativeId" = ${initiativeId} AND region = '' AND ${notSuperseded}
    ORDER BY kind, "observedAt" DESC, "recordedAt" DESC`;
  const byRegion = await db().$queryRaw<CountRow[]>`
    SELECT DISTINCT ON (region) kind::text AS kind, region, value, "observedAt", source, "sourceUrl"
    FROM "CountObservation" c
    WHERE "initiativeId" = ${initiativeId} AND kind = 'TOTAL' AND region <> '' AND ${notSuperseded}
    ORDER BY region, "observedAt" DESC, "recordedAt" DESC`;
  const order: TCountKind[] = ["TOTAL", "ONLINE", "PAPER", "SUBMITTED", "VERIFIED"];
  byKind.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  byRegion.sort((a, b) => b.value - a.value || a.region.localeCompare(b.region));
  return { byKind, byRegion };
}

/** The whole-initiative TOTAL series, corrections applied, oldest first. */
export async function headlineHistory(initiativeId: string, range: { from?: Date; to?: Date } = {}) {
  return db().countObservation.findMany({
    where: {
      initiativeId,
      kind: "TOTAL",
      region: "",
      supersededBy: { is: null },
      observedAt: { gte: range.from, lte: range.to },
    },
    orderBy: [{ observedAt: "asc" }, { recordedAt: "asc" }],
    select: { observedAt: true, value: true, source: true },
  });
}

export async function findInitiativeStatus(slug: string, now = new Date()): Promise<TInitiativeStatus | null> {
  const row = await db().initiative.findUnique({ where: { slug }, select: statusSelect });
  if (!row) return null;
  const [counts, history] = await Promise.all([latestCounts(row.id), headlineHistory(row.id)]);
  return toStatus({ ...row, dataNotes: row.dataQualityFlag }, { ...counts, history }, now);
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
