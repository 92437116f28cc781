// From stored rows to an initiative's public summary (dto.ts); to-status.ts builds the full status
// on it. Pure: the rules decide thresholds; `now` is passed in. Keeps the status page, the API and
// the feeds telling the same story.
import type { TLocalized } from "@/lib/i18n/locales";
import { evaluateProgress, type ThresholdProgress } from "@/lib/rules/progress";
import { parseRules, type TRules } from "@/lib/rules/schemas";
import { findStage } from "@/lib/rules/stages";
import type { TInitiativeSummary, TThresholdProgress } from "./dto";

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export type SummaryRow = {
  slug: string;
  title: unknown;
  primaryLanguage: string;
  rules: unknown;
  currentStage: string;
  currentStageAt: Date;
  latestTotal: number | null;
  latestTotalAt: Date | null;
  latestTotalSource: string | null;
  growthPerDay: number | null;
  collectionEndsAt: Date | null;
  closedAt: Date | null;
  withdrawnAt: Date | null;
  scheme: { code: string; name: unknown };
  jurisdiction: { code: string; name: unknown };
  topics: { slug: string; name: unknown }[];
  responses: { respondedAt: Date }[];
};

export function isOpen(row: Pick<SummaryRow, "closedAt" | "collectionEndsAt" | "withdrawnAt">, now: Date): boolean {
  return !row.withdrawnAt && !row.closedAt && (!row.collectionEndsAt || row.collectionEndsAt.getTime() > now.getTime());
}

export function thresholdOut(p: ThresholdProgress): TThresholdProgress {
  return {
    code: p.threshold.code,
    label: p.threshold.label,
    meaning: p.threshold.meaning,
    target: p.threshold.target,
    region: p.threshold.region ?? null,
    current: p.current,
    observedAt: iso(p.observedAt),
    share: p.share,
    reached: p.reached,
    remaining: p.remaining,
  };
}

function headline(row: SummaryRow) {
  return row.latestTotal !== null && row.latestTotalAt
    ? { value: row.latestTotal, observedAt: row.latestTotalAt, source: row.latestTotalSource ?? "manual" }
    : null;
}

/** `rules` when the caller has them validated already (lists parse each rule set once). */
export function toSummary(row: SummaryRow, now: Date, rules: TRules = parseRules(row.rules)): TInitiativeSummary {
  const latest = headline(row);
  const progress = evaluateProgress(rules, { total: latest ? { TOTAL: latest } : {}, byRegion: {} });
  const stage = findStage(rules, row.currentStage);
  return {
    slug: row.slug,
    path: `/initiatives/${row.slug}`,
    title: row.title as TLocalized,
    primaryLanguage: (["en", "fi", "sv"].includes(row.primaryLanguage) ? row.primaryLanguage : "en") as "en" | "fi" | "sv",
    scheme: { code: row.scheme.code, name: row.scheme.name as TLocalized },
    jurisdiction: { code: row.jurisdiction.code, name: row.jurisdiction.name as TLocalized },
    stage: {
      code: row.currentStage,
      label: stage?.label ?? { en: row.currentStage },
      since: row.currentStageAt.toISOString(),
      terminal: stage?.terminal ?? false,
    },
    latestTotal: latest
      ? { value: latest.value, observedAt: latest.observedAt.toISOString(), source: latest.source, sourceUrl: null }
      : null,
    nextThreshold: progress.next ? thresholdOut(progress.next) : null,
    growthPerDay: row.growthPerDay,
    collectionEndsAt: iso(row.collectionEndsAt),
    closedAt: iso(row.closedAt),
    open: isOpen(row, now),
    withdrawn: Boolean(row.withdrawnAt),
    topics: row.topics.map((t) => ({ slug: t.slug, name: t.name as TLocalized })),
    lastResponseAt: iso(row.responses[0]?.respondedAt),
  };
}
