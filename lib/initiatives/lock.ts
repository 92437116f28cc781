import "server-only";
// The one way a write takes hold of an initiative: its row is locked (SELECT ... FOR UPDATE) for
// the rest of the transaction, so concurrent writers of one initiative (counts, stages, edits,
// reviews, imports) queue up and each sees the last one's derived fields and version.
import { AppError } from "@/lib/errors/app-error";
import type { Tx } from "@/lib/db";
import { parseRules } from "@/lib/rules/schemas";

/** How commands name the initiative they act on: by its public slug, or by id (importers, seed). */
export type InitiativeRef = { slug: string } | { id: string };

/** Locks the initiative's row and returns its id; NOT_FOUND when there is no such initiative. */
export async function lockInitiative(tx: Tx, ref: InitiativeRef): Promise<string> {
  const rows =
    "slug" in ref
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE slug = ${ref.slug} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE id = ${ref.id} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new AppError("NOT_FOUND", { userMessage: "There is no such initiative." });
  return id;
}

/**
 * Locks the initiative and returns its time zone too (its rules'): commands read the local times
 * people typed (forms, CSV) in it before parsing their input, without a second read of the row.
 */
export async function lockInitiativeWithZone(tx: Tx, ref: InitiativeRef): Promise<{ id: string; timeZone: string }> {
  const id = await lockInitiative(tx, ref);
  const { rules } = await tx.initiative.findUniqueOrThrow({ where: { id }, select: { rules: true } });
  return { id, timeZone: parseRules(rules).timeZone };
}
