import "server-only";
// What a batch of observations must satisfy against what is stored: regions of the initiative's
// rules, no future dates, and corrections that supersede an uncorrected count of the same kind and
// region, with a reason. Every problem is reported at once, per field.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue, type FieldIssue } from "@/lib/errors/issues";
import { isKnownRegion, type TRules } from "@/lib/rules/schemas";
import { CLOCK_SKEW_MS } from "@/lib/schemas/fields";
import type { TObservation } from "./schemas";

/** How an observation's field is named in issues: "observations.3.value" in a batch, "value" alone. */
export type FieldPath = (index: number, field: string) => string;
export const batchPath: FieldPath = (i, field) => `observations.${i}.${field}`;
export const singlePath: FieldPath = (_i, field) => field;

export async function validateObservations(
  tx: Tx,
  initiativeId: string,
  rules: TRules,
  rows: TObservation[],
  now: Date,
  at: FieldPath = batchPath,
) {
  const issues: FieldIssue[] = [];
  const supersedes = rows.map((r) => r.supersedesId).filter((s): s is string => Boolean(s));
  const targets = supersedes.length
    ? await tx.countObservation.findMany({
        where: { id: { in: supersedes } },
        select: { id: true, initiativeId: true, kind: true, region: true, supersededBy: { select: { id: true } } },
      })
    : [];
  rows.forEach((r, i) => {
    if (!isKnownRegion(rules, r.region)) issues.push(fieldIssue(at(i, "region"), "region", { region: r.region }));
    if (r.observedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) issues.push(fieldIssue(at(i, "observedAt"), "future"));
    if (r.supersedesId) {
      const target = targets.find((t) => t.id === r.supersedesId);
      if (!target || target.initiativeId !== initiativeId) issues.push(fieldIssue(at(i, "supersedesId"), "noSuchCount"));
      else if (target.supersededBy) issues.push(fieldIssue(at(i, "supersedesId"), "alreadyCorrected"));
      else if (target.kind !== r.kind || target.region !== r.region) issues.push(fieldIssue(at(i, "supersedesId"), "sameKind"));
      if (!r.correctionReason) issues.push(fieldIssue(at(i, "correctionReason"), "correctionReason"));
    }
  });
  if (new Set(supersedes).size !== supersedes.length)
    issues.push(fieldIssue(at === batchPath ? "observations" : "supersedesId", "correctedTwice"));
  if (issues.length) throw new AppError("INVALID_INPUT", { userMessage: "Some counts are not valid. Nothing was saved.", issues });
}
