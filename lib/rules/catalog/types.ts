// Shapes for the rules catalogue: the real jurisdictions, schemes and rule versions that the seed
// writes and the tests exercise. Pure data.
import type { TLocalized } from "@/lib/i18n/locales";
import type { TRuleDefinitionInput } from "../schemas";

export type CatalogRuleSet = {
  version: number;
  effectiveFrom: string; // ISO date
  effectiveTo?: string;
  legalSourceTitle: string;
  legalSourceUrl: string;
  note?: string;
  definition: TRuleDefinitionInput;
};

export type CatalogScheme = {
  code: string;
  jurisdiction: string;
  name: TLocalized;
  summary: TLocalized;
  officialUrl: string;
  ruleSets: CatalogRuleSet[];
};

export type CatalogJurisdiction = {
  code: string;
  kind: "SUPRANATIONAL" | "NATIONAL" | "REGIONAL" | "MUNICIPAL";
  name: TLocalized;
  parent?: string;
  /** Residents: an official count, its date and its source. */
  population?: number;
  populationAsOf?: string;
  populationSource?: string;
  populationSourceUrl?: string;
  /** Residents entitled to vote (the basis of percentage rules), and whether it is an estimate. */
  electorate?: number;
  electorateAsOf?: string;
  electorateIsEstimate?: boolean;
  websiteUrl?: string;
  electoralTerms?: { body: TLocalized; startsOn: string; endsOn: string; sourceUrl?: string }[];
};

export const l = (en: string, fi: string, sv: string): TLocalized => ({ en, fi, sv });
