// What an importer wants to write, as data: every source maps its files to ImportPlans (pure), and
// apply-plan.ts writes them through the same domain commands the admin console uses.
import type { TLocalized } from "@/lib/i18n/locales";
import type { TObservationInput } from "@/lib/counts/schemas";
import type { TResponseInput } from "@/lib/responses/schemas";

export type PlannedStage = { stage: string; occurredAt: Date; scheduledFor?: Date; sourceUrl?: string };

export type ImportPlan = {
  source: string; // "uk-petitions", "eci", "fi-kansalaisaloite"
  file: string; // where the data came from (a file name or URL), for messages
  externalId: string;
  resourceUrl: string; // the official JSON resource, for syncs
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
  observations: TObservationInput[];
  /** Exact times the source gives for thresholds (kept in preference to the time we observed them). */
  thresholdsReached: { code: string; reachedAt: Date }[];
  stages: PlannedStage[];
  responses: TResponseInput[];
  warnings: string[];
};

export type ImportResult = {
  file: string;
  externalId: string;
  slug: string;
  created: boolean;
  observationsAdded: number;
  stagesAdded: number;
  responsesAdded: number;
  responsesUpdated: number;
  warnings: string[];
};
