import "server-only";
// Reads for the admin console (uncached, never public): the list of initiatives with what needs
// attention, and one initiative with everything an editor works on. Shaped outputs, JSON-safe.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import type { TLocalized } from "@/lib/i18n/locales";
import { AppError } from "@/lib/errors/app-error";
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

export async function listAdminInitiatives(actor: Actor | null, filter: TAdminInitiativeFilter): Promise<TAdminInitiativeRow[]> {
  requireRole(actor, "EDITOR");
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

export async function getAdminInitiative(actor: Actor | null, slug: string, now = new Date()): Promise<TAdminInitiative> {
  requireRole(actor, "EDITOR");
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

export async function listStageEvents(actor: Actor | null, initiativeId: string) {
  requireRole(actor, "EDITOR");
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

export async function listResponses(actor: Actor | null, initiativeId: string) {
  requireRole(actor, "EDITOR");
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
      votesFor: true,
      votesAgainst: true,
      abstentions: true,
      absent: true,
      sourceUrl: true,
      version: true,
    },
  });
}
export type TResponseRow = Awaited<ReturnType<typeof listResponses>>[number];
