// What an importer wants to write, as data: every source maps its files to ImportPlans (pure), and
// apply-plan.ts writes them through the same domain commands the admin console uses.
import type { TLocalized } from "@/lib/i18n/locales";
import type { TCountKind } from "@/lib/rules/schemas";
import type { TResponseInput } from "@/lib/responses/schemas";

export const SOURCES = ["uk-petitions", "eci", "fi-kansalaisaloite"] as const;
export type TSource = (typeof SOURCES)[number];

/** A count as a source gives it (validated again with the domain schema when applied). */
export type PlannedObservation = {
  value: number;
  kind: TCountKind;
  region: string;
  observedAt: Date;
  sourceUrl?: string;
  sourceUpdatedAt?: Date;
  note?: string;
};

export type PlannedStage = {
  stage: string;
  occurredAt: Date;
  scheduledFor?: Date;
  sourceUrl?: string;
  title?: TLocalized;
  body?: TLocalized;
};

/**
 * How counts are stored. "snapshot": the source's state at one moment (a petition JSON, an API
 * response); a count is stored only when it differs from the latest one before it, so syncing an
 * unchanged petition every ten minutes stores nothing, and a changed total stores one row.
 * "series": a time series (a history file, a list of snapshots); every row is stored.
 */
export type CountMode = "snapshot" | "series";

export type ImportPlan = {
  source: TSource;
  file: string; // where the data came from (a file name or URL), for messages
  externalId: string;
  /** The official resource the worker syncs; absent for data that is no resource (history files, tracks). */
  resourceUrl?: string;
  countMode: CountMode;
  /** The source's own time for this data (e.g. a petition's updated_at): older data never overwrites newer. */
  sourceUpdatedAt?: Date;
  /** When Threshold fetched the data (for files: when it was captured, if known). */
  fetchedAt?: Date;
  /** How to register the initiative when it is new; absent for data that only adds counts. */
  register?: {
    schemeCode: string;
    slug?: string;
    title: TLocalized;
    summary: TLocalized;
    primaryLanguage: "en" | "fi" | "sv";
    externalUrl?: string;
    organisers: { name: string; role?: string }[];
    registeredAt?: Date;
    openedAt?: Date;
    collectionEndsAt?: Date;
    topicSlugs?: string[];
  };
  observations: PlannedObservation[];
  /** Exact times the source gives for thresholds (kept in preference to the time we observed them). */
  thresholdsReached: { code: string; reachedAt: Date }[];
  stages: PlannedStage[];
  responses: TResponseInput[];
  warnings: string[];
};

export type ImportResult = {
  file: string;
  source: TSource;
  externalId: string;
  slug: string;
  created: boolean;
  observationsAdded: number;
  /** Counts the source now gives differently for a time already stored: stored as corrections. */
  observationsCorrected: number;
  /** Counts already stored, or unchanged since the latest one (snapshots). */
  observationsUnchanged: number;
  stagesAdded: number;
  responsesAdded: number;
  responsesUpdated: number;
  warnings: string[];
};

/** True when the result wrote anything at all. */
export function changedAnything(r: ImportResult): boolean {
  return r.created || r.observationsAdded + r.observationsCorrected + r.stagesAdded + r.responsesAdded + r.responsesUpdated > 0;
}
