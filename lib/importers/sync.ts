import "server-only";
// Keeping tracked initiatives in step with their official sources. A resource is due when its
// nextSyncAt has passed and its initiative is open: not withdrawn, not at a terminal stage, and
// collecting or closed less than SYNC_AFTER_CLOSE_DAYS ago (responses and debates come later).
// Every sync, successful or not, is recorded on the resource's ImportState.
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { applyPlans } from "./apply-plan";
import { isImportError } from "./errors";
import { FetchError, defaultFetchSettings, forSource, type FetchSettings } from "./fetch";
import type { ImportResult, TSource } from "./plan";
import { nextSyncAt, SYNC_AFTER_CLOSE_DAYS, type SyncSchedule } from "./schedule";
import { adapterFor } from "./sources";

export type SyncOutcome = {
  stateId: string;
  source: string;
  resourceUrl: string;
  status: "ok" | "not-modified" | "error";
  results: ImportResult[];
  error?: string;
};

export type SyncOptions = { now?: Date; settings?: FetchSettings; schedule?: SyncSchedule };

const ctx: RequestContext = { via: "import" };

function scheduleFromEnv(): SyncSchedule {
  return { intervalMinutes: env().IMPORT_SYNC_MINUTES, maxBackoffMinutes: env().IMPORT_SYNC_MAX_BACKOFF_MINUTES };
}

const reason = (e: unknown) =>
  isImportError(e) || e instanceof FetchError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);

/** Fetches one resource conditionally and applies what changed; failures back off. */
export async function syncImportState(stateId: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  const state = await db().importState.findUnique({ where: { id: stateId } });
  if (!state) throw new AppError("NOT_FOUND", { userMessage: "There is no such import." });
  const schedule = options.schedule ?? scheduleFromEnv();
  const base = { stateId, source: state.source, resourceUrl: state.resourceUrl };
  const adapter = adapterFor(state.source);
  try {
    if (!adapter) throw new Error(`no importer for the source "${state.source}"`);
    const fetched = await adapter.syncResource(state.resourceUrl, forSource(options.settings ?? defaultFetchSettings(), adapter.hosts), {
      etag: state.etag,
      lastModified: state.lastModified,
    });
    const now = options.now ?? new Date();
    if (fetched.status === "not-modified") {
      const previous = (state.lastResult ?? {}) as Prisma.JsonObject;
      await db().importState.update({
        where: { id: stateId },
        data: {
          lastSyncAt: now,
          lastSuccessAt: now,
          lastResult: { ...previous, notModified: true, checkedAt: now.toISOString() },
          lastError: null,
          failureCount: 0,
          nextSyncAt: nextSyncAt(now, 0, schedule),
        },
      });
      return { ...base, status: "not-modified", results: [] };
    }
    // applyPlans records the success (result, validators) on this state in the same transaction.
    const results = await applyPlans(fetched.plans, { ctx, validators: fetched.validators, now: options.now });
    await db().importState.update({ where: { id: stateId }, data: { nextSyncAt: nextSyncAt(now, 0, schedule) } });
    return { ...base, status: "ok", results };
  } catch (e) {
    const now = options.now ?? new Date();
    const failures = state.failureCount + 1;
    await db().importState.update({
      where: { id: stateId },
      data: {
        lastSyncAt: now,
        lastError: reason(e).slice(0, 2000),
        failureCount: failures,
        nextSyncAt: nextSyncAt(now, failures, schedule),
      },
    });
    return { ...base, status: "error", results: [], error: reason(e) };
  }
}

/** Resources of open initiatives (see above); with `dueOnly`, only those whose time has come, oldest due first. */
export async function openImportStates(
  now: Date,
  options: { source?: TSource; dueOnly?: boolean; limit?: number } = {},
): Promise<string[]> {
  const closedSince = new Date(now.getTime() - SYNC_AFTER_CLOSE_DAYS * 86_400_000);
  const source = options.source ?? null;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "ImportState" s JOIN "Initiative" i ON i.id = s."initiativeId"
    WHERE (${options.dueOnly ?? false} = false OR s."nextSyncAt" <= ${now})
      AND (${source}::text IS NULL OR s.source = ${source})
      AND i."withdrawnAt" IS NULL
      AND (COALESCE(i."closedAt", i."collectionEndsAt") IS NULL OR COALESCE(i."closedAt", i."collectionEndsAt") > ${closedSince})
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(i.rules->'stages') st
        WHERE st->>'code' = i."currentStage" AND COALESCE((st->>'terminal')::boolean, false))
    ORDER BY s."nextSyncAt", s.id
    LIMIT ${options.limit ?? 100_000}`;
  return rows.map((r) => r.id);
}

/** The worker's run: every due resource, one after another (the pacer keeps each host's rate). */
export async function syncDue(options: SyncOptions & { limit?: number } = {}): Promise<SyncOutcome[]> {
  const ids = await openImportStates(options.now ?? new Date(), { dueOnly: true, limit: options.limit ?? env().IMPORT_SYNC_BATCH });
  const outcomes: SyncOutcome[] = [];
  for (const id of ids) outcomes.push(await syncImportState(id, options));
  return outcomes;
}

/** "Sync now" for one resource, from the admin page: at once, whatever its schedule. */
export async function syncImportStateNow(actor: Actor, stateId: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  requireRole(actor, "ADMIN");
  const outcome = await syncImportState(stateId, options);
  await db().$transaction((tx) =>
    writeAudit(tx, actor, { via: "web" }, { action: "import.sync_now", entityId: stateId, after: { status: outcome.status } }),
  );
  return outcome;
}

/** "Sync now" for a source: every open resource becomes due; the worker picks them up within a minute. */
export async function requestSourceSync(actor: Actor, source: TSource, now = new Date()): Promise<number> {
  requireRole(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const { count } = await tx.importState.updateMany({ where: { source, initiativeId: { not: null } }, data: { nextSyncAt: now } });
    await writeAudit(tx, actor, { via: "web" }, { action: "import.sync_requested", entityId: source, after: { resources: count } });
    return count;
  });
}
