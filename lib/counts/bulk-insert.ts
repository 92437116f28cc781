import "server-only";
// Inserting many count observations (and their quality flags) in one statement each: PostgreSQL
// unnests the arrays. Prisma's createMany spends about half a millisecond per row in the client
// (0.4-1.7 s for one UK petition's ~900 regional counts, measured); this takes ~50 ms. Only
// record-counts.ts calls it, inside its transaction. Times are written as UTC, as Prisma writes
// them; IDs are cuid-shaped.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { TCountKind } from "@/lib/rules/schemas";

export type NewObservation = {
  initiativeId: string;
  value: number;
  kind: TCountKind;
  region: string;
  observedAt: Date;
  source: string;
  sourceUrl: string | null;
  sourceUpdatedAt: Date | null;
  enteredById: string | null;
  note: string | null;
  supersedesId: string | null;
  correctionReason: string | null;
};

export type InsertedObservation = {
  id: string;
  value: number;
  kind: TCountKind;
  region: string;
  observedAt: Date;
  supersedesId: string | null;
};

const fingerprint = randomBytes(4).readUInt32BE(0).toString(36).padStart(4, "0").slice(-4);
let counter = Math.floor(Math.random() * 36 ** 4);

/** "c" + time + counter + process fingerprint + randomness, in base 36 (the shape of Prisma's cuid()). */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, "0").slice(-8);
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${fingerprint}${random}`;
}

// A timestamp(3) column holds UTC wall time: send it without a zone so the session's does not apply.
const utc = (d: Date | null) => (d ? d.toISOString().slice(0, 23) : null);

export async function insertObservations(tx: Tx, rows: NewObservation[]): Promise<InsertedObservation[]> {
  if (rows.length === 0) return [];
  const recordedAt = utc(new Date());
  const column = <T>(f: (r: NewObservation) => T) => rows.map(f);
  return tx.$queryRaw<InsertedObservation[]>`
    INSERT INTO "CountObservation" (id, "initiativeId", value, kind, region, "observedAt", "recordedAt", source, "sourceUrl",
      "sourceUpdatedAt", "enteredById", note, "supersedesId", "correctionReason")
    SELECT * FROM unnest(
      ${column(() => newId())}::text[], ${column((r) => r.initiativeId)}::text[], ${column((r) => r.value)}::int[],
      ${column((r) => r.kind)}::"CountKind"[], ${column((r) => r.region)}::text[], ${column((r) => utc(r.observedAt))}::timestamp(3)[],
      ${column(() => recordedAt)}::timestamp(3)[], ${column((r) => r.source)}::text[], ${column((r) => r.sourceUrl)}::text[],
      ${column((r) => utc(r.sourceUpdatedAt))}::timestamp(3)[], ${column((r) => r.enteredById)}::text[], ${column((r) => r.note)}::text[],
      ${column((r) => r.supersedesId)}::text[], ${column((r) => r.correctionReason)}::text[])
    RETURNING id, value, kind::text AS kind, region, "observedAt", "supersedesId"`;
}

export type NewFlag = { initiativeId: string; observationId: string; code: string; details: Record<string, unknown> };

export async function insertFlags(tx: Tx, flags: NewFlag[]): Promise<void> {
  if (flags.length === 0) return;
  const createdAt = utc(new Date());
  await tx.$executeRaw`
    INSERT INTO "DataQualityFlag" (id, "initiativeId", "observationId", code, details, "createdAt")
    SELECT * FROM unnest(${flags.map(() => newId())}::text[], ${flags.map((f) => f.initiativeId)}::text[],
      ${flags.map((f) => f.observationId)}::text[], ${flags.map((f) => f.code)}::text[],
      ${flags.map((f) => JSON.stringify(f.details))}::jsonb[], ${flags.map(() => createdAt)}::timestamp(3)[])`;
}
