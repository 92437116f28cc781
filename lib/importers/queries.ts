import "server-only";
// Reads behind the admin imports pages: per source, what is synced and how it went. Admins only
// (checked here, next to the data, whatever page asks).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor } from "@/lib/auth/actor";
import { SOURCES, type TSource } from "./plan";
import { openImportStates } from "./sync";

/** ImportState.lastResult, as apply-plan.ts and sync.ts write it; lenient, for display only. */
export const ZImportLastResult = z
  .object({
    created: z.boolean().optional(),
    observationsAdded: z.number().optional(),
    observationsCorrected: z.number().optional(),
    stagesAdded: z.number().optional(),
    responsesAdded: z.number().optional(),
    responsesUpdated: z.number().optional(),
    warnings: z.number().optional(),
    notModified: z.boolean().optional(),
    checkedAt: z.string().optional(),
    fetchedAt: z.string().nullable().optional(),
    file: z.string().optional(),
  })
  .catch({});
export type TImportLastResult = z.infer<typeof ZImportLastResult>;

const stateSelect = {
  id: true,
  source: true,
  resourceUrl: true,
  lastSyncAt: true,
  lastSuccessAt: true,
  lastResult: true,
  lastError: true,
  failureCount: true,
  nextSyncAt: true,
  initiative: { select: { slug: true, title: true } },
} satisfies Prisma.ImportStateSelect;

export type TImportStateRow = Omit<Prisma.ImportStateGetPayload<{ select: typeof stateSelect }>, "lastResult"> & {
  lastResult: TImportLastResult;
  /** Whether the worker syncs it (its initiative is still open). */
  synced: boolean;
};

export type TImportSourceSummary = {
  source: TSource;
  resources: number;
  failing: number;
  lastSyncAt: Date | null;
  lastSuccessAt: Date | null;
  nextSyncAt: Date | null;
  lastError: { resourceUrl: string; message: string; at: Date | null } | null;
};

export async function listImportSources(actor: Actor | null): Promise<TImportSourceSummary[]> {
  requireRole(actor, "ADMIN");
  const [stats, errors] = await Promise.all([
    db().importState.groupBy({
      by: ["source"],
      _count: { _all: true },
      _max: { lastSyncAt: true, lastSuccessAt: true },
      _min: { nextSyncAt: true },
    }),
    db().importState.findMany({
      where: { failureCount: { gt: 0 } },
      orderBy: { lastSyncAt: "desc" },
      select: { source: true, resourceUrl: true, lastError: true, lastSyncAt: true },
    }),
  ]);
  return SOURCES.map((source) => {
    const s = stats.find((x) => x.source === source);
    const failing = errors.filter((e) => e.source === source);
    const latest = failing[0];
    return {
      source,
      resources: s?._count._all ?? 0,
      failing: failing.length,
      lastSyncAt: s?._max.lastSyncAt ?? null,
      lastSuccessAt: s?._max.lastSuccessAt ?? null,
      nextSyncAt: s?._min.nextSyncAt ?? null,
      lastError: latest ? { resourceUrl: latest.resourceUrl, message: latest.lastError ?? "", at: latest.lastSyncAt } : null,
    };
  });
}

export const IMPORT_PAGE_SIZE = 50;

/** One source's resources, failing first, then most recently synced. */
export async function listImportStates(
  actor: Actor | null,
  source: TSource,
  options: { page?: number; pageSize?: number; now?: Date } = {},
): Promise<{ rows: TImportStateRow[]; total: number; page: number; pageSize: number }> {
  requireRole(actor, "ADMIN");
  const pageSize = options.pageSize ?? IMPORT_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const [rows, total, open] = await Promise.all([
    db().importState.findMany({
      where: { source },
      orderBy: [{ failureCount: "desc" }, { lastSyncAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: stateSelect,
    }),
    db().importState.count({ where: { source } }),
    // Resources of open initiatives, whenever due: the worker syncs these.
    openImportStates(options.now ?? new Date(), { source }),
  ]);
  const synced = new Set(open);
  return {
    rows: rows.map((r) => ({ ...r, lastResult: ZImportLastResult.parse(r.lastResult ?? {}), synced: synced.has(r.id) })),
    total,
    page,
    pageSize,
  };
}

/** One resource, for the notice after "sync now". */
export async function findImportState(actor: Actor | null, id: string): Promise<TImportStateRow | null> {
  requireRole(actor, "ADMIN");
  const row = await db().importState.findUnique({ where: { id }, select: stateSelect });
  if (!row) return null;
  const open = await openImportStates(new Date(), { source: row.source as TSource });
  return { ...row, lastResult: ZImportLastResult.parse(row.lastResult ?? {}), synced: open.includes(row.id) };
}
