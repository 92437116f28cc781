// Public shapes of jurisdictions, schemes and their rules (plain-language pages and the API).
import { z } from "zod";
import { ZIsoDate, ZLocalizedOut } from "@/lib/schemas/fields";

export const ZRuleSetOut = z
  .object({
    version: z.number().int(),
    effectiveFrom: ZIsoDate,
    effectiveTo: ZIsoDate.nullable(),
    legalSourceTitle: z.string(),
    legalSourceUrl: z.string(),
    note: z.string().nullable(),
    timeZone: z.string(),
    collectionMonths: z.number().int().nullable(),
    thresholds: z.array(
      z.object({
        code: z.string(),
        label: ZLocalizedOut,
        meaning: z.string(),
        target: z.number().int().nullable(),
        percentOfPopulation: z.number().nullable(),
        region: z.string().nullable(),
      }),
    ),
    regionQuorum: z.object({ minRegions: z.number().int(), label: ZLocalizedOut }).nullable(),
    stages: z.array(
      z.object({
        code: z.string(),
        label: ZLocalizedOut,
        description: ZLocalizedOut.nullable(),
        terminal: z.boolean(),
        next: z.array(z.string()),
      }),
    ),
    clocks: z.array(z.object({ code: z.string(), label: ZLocalizedOut, legalReference: z.string().nullable() })),
  })
  .meta({ id: "RuleSet" });

export const ZSchemeOut = z
  .object({
    code: z.string(),
    name: ZLocalizedOut,
    summary: ZLocalizedOut,
    officialUrl: z.string().nullable(),
    jurisdiction: z.object({ code: z.string(), name: ZLocalizedOut }),
    initiativeCount: z.number().int(),
    ruleSets: z.array(ZRuleSetOut).describe("Every version, newest first"),
  })
  .meta({ id: "Scheme" });
export type TSchemeOut = z.infer<typeof ZSchemeOut>;

export const ZJurisdictionOut = z
  .object({
    code: z.string(),
    kind: z.enum(["SUPRANATIONAL", "NATIONAL", "REGIONAL", "MUNICIPAL"]),
    name: ZLocalizedOut,
    parent: z.string().nullable(),
    population: z.number().int().nullable().describe("Residents (an official count)"),
    populationAsOf: ZIsoDate.nullable(),
    populationSource: z.string().nullable().describe("Who published the population, and where"),
    populationSourceUrl: z.string().nullable(),
    electorate: z.number().int().nullable().describe("Residents entitled to vote: what percentage rules count (else the population)"),
    electorateAsOf: ZIsoDate.nullable(),
    electorateIsEstimate: z.boolean().describe("The electorate is an estimate, not an official count"),
    websiteUrl: z.string().nullable(),
    electoralTerms: z.array(z.object({ body: ZLocalizedOut, startsOn: ZIsoDate, endsOn: ZIsoDate })),
    schemes: z.array(z.object({ code: z.string(), name: ZLocalizedOut })),
    initiativeCount: z.number().int(),
  })
  .meta({ id: "Jurisdiction" });
export type TJurisdictionOut = z.infer<typeof ZJurisdictionOut>;

export const ZJurisdictionList = z.object({ items: z.array(ZJurisdictionOut) }).meta({ id: "JurisdictionList" });
