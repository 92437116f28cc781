import "server-only";
// Reads for the admin console (uncached, never public): the list of initiatives with what needs
// attention, and one initiative with everything an editor works on. Shaped outputs, JSON-safe.
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import type { TLocalized } from "@/lib/i18n/locales";
import { AppError } from "@/lib/http/errors";
import { staleSource, type StaleSource } from "@/lib/counts/stale-source";
import { parseRules, type TRules } from "@/lib/rules/schemas";
import { allowedNextStages, findStage } from "@/lib/rules/stages";
import { toEditable, type TEditableInitiative } from "./editable";
import type { TAdminInitiativeFilter } from "./schemas";
import { isOpen } from "./to-dto";

export type TAdminInitiativeRow = {
  slug: string;
  title: TLocalized;
  scheme: { code: string; name: TLocalized };
  stage: { code: string; label: TLocalized };
  latestTotal: number | null;
  latestTotalAt: string | null;
  withdrawnAt: string | null;
  openFlags: number;
  version: number;
};

export const ADMIN_LIST_LIMIT = 200;

export async function listAdminInitiatives(filter: TAdminInitiativeFilter): Promise<TAdminInitiativeRow[]> {
  const ids = filter.q
    ? (
        await db().$queryRaw<{ id: string }[]>`
          SELECT id FROM "Initiative" WHERE slug ILIKE ${`%${filter.q}%`} OR title::text ILIKE ${`%${filter.q}%`} LIMIT 1000`
      ).map((r) => r.id)
    : null;
  const rows = await db().initiative.findMany({
    where: {
      ...(ids ? { id: { in: ids } } : {}),
      ...(filter.flags === "open" ? { dataQualityFlag: { some: { status: "OPEN" } } } : {}),
      ...(filter.withdrawn === "exclude" ? { withdrawnAt: null } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: ADMIN_LIST_LIMIT,
    select: {
      slug: true,
      title: true,
      rules: true,
      currentStage: true,
      latestTotal: true,
      latestTotalAt: true,
      withdrawnAt: true,
      version: true,
      scheme: { select: { code: true, name: true } },
      _count: { select: { dataQualityFlag: { where: { status: "OPEN" } } } },
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title as TLocalized,
    scheme: { code: r.scheme.code, name: r.scheme.name as TLocalized },
    stage: { code: r.currentStage, label: findStage(parseRules(r.rules), r.currentStage)?.label ?? { en: r.currentStage } },
    latestTotal: r.latestTotal,
    latestTotalAt: r.latestTotalAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    openFlags: r._count.dataQualityFlag,
    version: r.version,
  }));
}

const adminSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  primaryLanguage: true,
  externalUrl: true,
  organisers: true,
  registeredAt: true,
  openedAt: true,
  collectionEndsAt: true,
  closedAt: true,
  submittedAt: true,
  withdrawnAt: true,
  withdrawnReason: true,
  currentStage: true,
  currentStageAt: true,
  latestTotal: true,
  latestTotalAt: true,
  version: true,
  rules: true,
  scheme: { select: { code: true, name: true } },
  jurisdiction: { select: { code: true, name: true } },
  ruleSet: { select: { version: true, effectiveFrom: true } },
  topics: { select: { slug: true, name: true }, orderBy: { slug: "asc" } },
} satisfies Prisma.InitiativeSelect;

export type TAdminInitiative = Prisma.InitiativeGetPayload<{ select: typeof adminSelect }> & {
  parsedRules: TRules;
  editable: TEditableInitiative;
  nextStages: { code: string; label: TLocalized }[];
  collecting: boolean;
};

export async function getAdminInitiative(slug: string, now = new Date()): Promise<TAdminInitiative> {
  const row = await db().initiative.findUnique({ where: { slug }, select: adminSelect });
  if (!row) throw new AppError("NOT_FOUND", { userMessage: "There is no such initiative." });
  const parsedRules = parseRules(row.rules);
  return {
    ...row,
    parsedRules,
    editable: toEditable(row),
    nextStages: allowedNextStages(parsedRules, row.currentStage).map((s) => ({ code: s.code, label: s.label })),
    collecting: isOpen(row, now),
  };
}

/** The initiative's observations, newest first, with who entered them and any correction. */
export async function listObservations(initiativeId: string, limit = 100) {
  return db().countObservation.findMany({
    where: { initiativeId },
    orderBy: [{ observedAt: "desc" }, { recordedAt: "desc" }],
    take: limit,
    select: {
      id: true,
      value: true,
      kind: true,
      region: true,
      observedAt: true,
      recordedAt: true,
      source: true,
      sourceUrl: true,
      note: true,
      correctionReason: true,
      supersedesId: true,
      supersededBy: { select: { id: true } },
      enteredBy: { select: { email: true } },
    },
  });
}
export type TObservationRow = Awaited<ReturnType<typeof listObservations>>[number];

export async function findObservation(initiativeId: string, id: string) {
  return db().countObservation.findFirst({
    where: { id, initiativeId },
    select: {
      id: true,
      value: true,
      kind: true,
      region: true,
      observedAt: true,
      sourceUrl: true,
      note: true,
      supersededBy: { select: { id: true } },
    },
  });
}

/** Open flags (computed on entry) and, evaluated now, the stale-source flag unless already reviewed. */
export async function reviewQueue(initiative: { id: string; collecting: boolean }, now = new Date()) {
  const [flags, latest] = await Promise.all([
    db().dataQualityFlag.findMany({
      where: { initiativeId: initiative.id, status: "OPEN" },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        code: true,
        details: true,
        createdAt: true,
        observation: { select: { id: true, value: true, observedAt: true, source: true } },
      },
    }),
    db().countObservation.findMany({
      where: { initiativeId: initiative.id, kind: "TOTAL", region: "", supersededBy: { is: null } },
      orderBy: [{ observedAt: "desc" }, { recordedAt: "desc" }],
      take: 100,
      select: { id: true, observedAt: true, source: true },
    }),
  ]);
  let stale: (StaleSource & { observationId: string }) | null = null;
  const found = staleSource(latest, now, initiative.collecting);
  const last = latest[0];
  if (found && last) {
    const reviewed = await db().dataQualityFlag.count({ where: { observationId: last.id, code: "stale-source" } });
    if (!reviewed) stale = { ...found, observationId: last.id };
  }
  return { flags, stale };
}

/** Reviewed flags (confirmed ones are public data notes). */
export async function reviewedFlags(initiativeId: string) {
  return db().dataQualityFlag.findMany({
    where: { initiativeId, status: { not: "OPEN" } },
    orderBy: { reviewedAt: "desc" },
    take: 50,
    select: { id: true, code: true, status: true, publicNote: true, reviewedAt: true, reviewedBy: { select: { email: true } } },
  });
}

export async function listStageEvents(initiativeId: string) {
  return db().stageEvent.findMany({
    where: { initiativeId },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      stage: true,
      fromStage: true,
      occurredAt: true,
      source: true,
      documents: true,
      body: true,
      enteredBy: { select: { email: true } },
    },
  });
}

export async function listResponses(initiativeId: string) {
  return db().officialResponse.findMany({
    where: { initiativeId },
    orderBy: { respondedAt: "desc" },
    select: {
      id: true,
      kind: true,
      respondingBody: true,
      respondedAt: true,
      summary: true,
      text: true,
      links: true,
      decision: true,
      sourceUrl: true,
      version: true,
    },
  });
}
export type TResponseRow = Awaited<ReturnType<typeof listResponses>>[number];

/** The time zone an initiative's dates are entered in (its rules'), or null when there is no such initiative. */
export async function timeZoneOf(slug: string): Promise<string | null> {
  const row = await db().initiative.findUnique({ where: { slug }, select: { rules: true } });
  return row ? parseRules(row.rules).timeZone : null;
}
