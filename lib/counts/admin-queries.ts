import "server-only";
// Reads of an initiative's counts for the admin console (uncached, never public; editors and
// admins): its observations, one observation to correct, and the data-quality review queue.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { staleSource, type StaleSource } from "./stale-source";

/** The initiative's observations, newest first, with who entered them and any correction. */
export async function listObservations(actor: Actor | null, initiativeId: string, limit = 100) {
  requireRole(actor, "EDITOR");
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

export async function findObservation(actor: Actor | null, initiativeId: string, id: string) {
  requireRole(actor, "EDITOR");
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
export async function reviewQueue(actor: Actor | null, initiative: { id: string; collecting: boolean }, now = new Date()) {
  requireRole(actor, "EDITOR");
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
export async function reviewedFlags(actor: Actor | null, initiativeId: string) {
  requireRole(actor, "EDITOR");
  return db().dataQualityFlag.findMany({
    where: { initiativeId, status: { not: "OPEN" } },
    orderBy: { reviewedAt: "desc" },
    take: 50,
    select: { id: true, code: true, status: true, publicNote: true, reviewedAt: true, reviewedBy: { select: { email: true } } },
  });
}
