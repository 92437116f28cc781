import "server-only";
// A legislature's electoral term and what it received: every initiative handed to it during the
// term (submitted between the term's first and last day) with what became of it: decided, lapsed
// at the end of the term, withdrawn, or still pending. A term is named by its years ("2019-2023").
import { db } from "@/lib/db";
import type { TLocalized } from "@/lib/i18n/locales";
import { parseRules } from "@/lib/rules/schemas";
import { findStage } from "@/lib/rules/stages";
import { termKey } from "./term-key";

export type TermOutcome = "decided" | "lapsed" | "withdrawn" | "pending";

export type TermArchive = {
  jurisdiction: { code: string; name: TLocalized };
  term: { key: string; body: TLocalized; startsOn: string; endsOn: string; sourceUrl: string | null };
  initiatives: {
    slug: string;
    title: TLocalized;
    submittedAt: string;
    outcome: TermOutcome;
    stage: { code: string; label: TLocalized; at: string; sourceUrl: string | null };
    decision: string | null;
  }[];
};

/** The window of submission dates a term covers: its first day to the end of its last day (UTC). */
export function termWindow(term: { startsOn: Date; endsOn: Date }): { from: Date; to: Date } {
  const e = term.endsOn;
  return { from: term.startsOn, to: new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate(), 23, 59, 59, 999)) };
}

export function outcomeOf(stage: { code: string; terminal: boolean } | undefined, withdrawn: boolean): TermOutcome {
  if (withdrawn) return "withdrawn";
  if (stage?.code === "lapsed") return "lapsed";
  return stage?.terminal ? "decided" : "pending";
}

export async function findTermArchive(code: string, key: string): Promise<TermArchive | null> {
  const jurisdiction = await db().jurisdiction.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, electoralTerms: { orderBy: { startsOn: "asc" } } },
  });
  const term = jurisdiction?.electoralTerms.find((t) => termKey(t) === key);
  if (!jurisdiction || !term) return null;
  const { from, to } = termWindow(term);
  const rows = await db().initiative.findMany({
    where: { jurisdictionId: jurisdiction.id, submittedAt: { gte: from, lte: to } },
    orderBy: [{ submittedAt: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      rules: true,
      submittedAt: true,
      withdrawnAt: true,
      currentStage: true,
      currentStageAt: true,
      stageEvents: { orderBy: { occurredAt: "desc" }, take: 1, select: { stage: true, sourceUrl: true } },
      responses: { where: { kind: "DECISION" }, orderBy: { respondedAt: "desc" }, take: 1, select: { decision: true } },
    },
  });
  return {
    jurisdiction: { code: jurisdiction.code, name: jurisdiction.name as TLocalized },
    term: {
      key,
      body: term.body as TLocalized,
      startsOn: term.startsOn.toISOString(),
      endsOn: term.endsOn.toISOString(),
      sourceUrl: term.sourceUrl,
    },
    initiatives: rows.map((i) => {
      const stage = findStage(parseRules(i.rules), i.currentStage);
      const last = i.stageEvents[0];
      return {
        slug: i.slug,
        title: i.title as TLocalized,
        submittedAt: (i.submittedAt as Date).toISOString(),
        outcome: outcomeOf(stage, i.withdrawnAt !== null),
        stage: {
          code: i.currentStage,
          label: stage?.label ?? { en: i.currentStage },
          at: i.currentStageAt.toISOString(),
          sourceUrl: last?.stage === i.currentStage ? (last.sourceUrl ?? null) : null,
        },
        decision: i.responses[0]?.decision ?? null,
      };
    }),
  };
}
