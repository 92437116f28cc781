import "server-only";
// Reading the audit log: filters by actor (email, or part of it), action (exact, or a prefix such
// as "observation."), initiative and dates (inclusive, whole days in UTC); newest first, in pages
// continuing from the last id; and the same rows as CSV.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { csvStream } from "@/lib/csv/write";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilter } from "./schemas";

const DAY = 86_400_000;

const auditSelect = {
  id: true,
  createdAt: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  via: true,
  requestId: true,
  before: true,
  after: true,
  initiativeId: true,
} satisfies Prisma.AuditEventSelect;

async function where(filter: TAuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const initiative = filter.initiative
    ? await db().initiative.findUnique({ where: { slug: filter.initiative }, select: { id: true } })
    : null;
  return {
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? (filter.action.endsWith(".") ? { action: { startsWith: filter.action } } : { action: filter.action }) : {}),
    ...(filter.initiative ? { initiativeId: initiative?.id ?? "(none)" } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + DAY) } : {}) } }
      : {}),
  };
}

export type TAuditRow = {
  id: string;
  createdAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  initiative: string | null;
  via: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
};

function toRow(r: Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>, slugs: Map<string, string>): TAuditRow {
  return {
    id: r.id.toString(),
    createdAt: r.createdAt.toISOString(),
    actor: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    initiative: r.initiativeId ? (slugs.get(r.initiativeId) ?? r.initiativeId) : null,
    via: r.via,
    requestId: r.requestId,
    before: r.before,
    after: r.after,
  };
}

export async function listAuditEvents(
  actor: Actor | null,
  filter: TAuditFilter,
  limit = 50,
): Promise<{ items: TAuditRow[]; nextBefore: string | null }> {
  requireRole(actor, "ADMIN");
  const rows = await db().auditEvent.findMany({
    where: { ...(await where(filter)), ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: auditSelect,
  });
  const ids = [...new Set(rows.map((r) => r.initiativeId).filter((id): id is string => Boolean(id)))];
  const initiatives = ids.length ? await db().initiative.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }) : [];
  const slugs = new Map(initiatives.map((i) => [i.id, i.slug]));
  const items = rows.slice(0, limit).map((r) => toRow(r, slugs));
  return { items, nextBefore: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}

/** Distinct actions seen in the log, for the filter's choices. */
export async function auditActions(actor: Actor | null): Promise<string[]> {
  requireRole(actor, "ADMIN");
  const rows = await db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}

export const AUDIT_CSV_COLUMNS = [
  "id",
  "createdAt",
  "actor",
  "action",
  "entityType",
  "entityId",
  "initiative",
  "via",
  "requestId",
  "before",
  "after",
] as const;
export const AUDIT_CSV_MAX_ROWS = 100_000;

/** The filtered log as CSV (newest first), read in batches so memory stays flat. */
export function auditCsv(actor: Actor | null, filter: TAuditFilter): ReadableStream<Uint8Array> {
  requireRole(actor, "ADMIN");
  const csv = csvStream(AUDIT_CSV_COLUMNS);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      csv.on("data", (chunk: Buffer | string) =>
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk)),
      );
      csv.on("end", () => controller.close());
      csv.on("error", (e) => controller.error(e));
      try {
        let before = filter.before;
        let written = 0;
        while (written < AUDIT_CSV_MAX_ROWS) {
          const page = await listAuditEvents(actor, { ...filter, before }, 1000);
          for (const r of page.items) {
            csv.write({
              ...r,
              before: r.before === null ? "" : JSON.stringify(r.before),
              after: r.after === null ? "" : JSON.stringify(r.after),
            });
          }
          written += page.items.length;
          if (!page.nextBefore) break;
          before = page.nextBefore;
        }
        csv.end();
      } catch (e) {
        controller.error(e);
      }
    },
  });
}
