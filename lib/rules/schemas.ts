// Rule definitions: what a scheme requires, as data. A RuleSet stores a ZRuleDefinition; an
// initiative stores a ZRules snapshot (every target resolved to a number) taken when it registered.
// Isomorphic and pure: validated here, evaluated in progress.ts, deadlines.ts and stages.ts.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZLocalized } from "@/lib/schemas/fields";

export const COUNT_KINDS = ["TOTAL", "ONLINE", "PAPER", "SUBMITTED", "VERIFIED"] as const;
export type TCountKind = (typeof COUNT_KINDS)[number];

const ZCode = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and dashes");

export const THRESHOLD_MEANINGS = [
  "response", // the government must respond (UK 10,000)
  "debate", // considered for a debate (UK 100,000)
  "valid", // the initiative succeeds and goes to the legislature (FI 50,000, ECI 1,000,000)
  "consideration", // a council must consider it (FI municipal 2 %)
  "regional-minimum", // a per-region minimum (ECI member states)
] as const;

export const ZThreshold = z
  .object({
    code: ZCode,
    label: ZLocalized,
    meaning: z.enum(THRESHOLD_MEANINGS),
    target: z.number().int().positive().optional(),
    // For rules stated as a share of residents (municipal initiatives): resolved at registration.
    percentOfPopulation: z.number().positive().max(100).optional(),
    region: z.string().min(1).optional(),
    kind: z.enum(COUNT_KINDS).default("TOTAL"),
  })
  .refine((t) => t.target !== undefined || t.percentOfPopulation !== undefined, {
    message: "A threshold needs a target or a share of the population",
  });

export const ZStage = z.object({
  code: ZCode,
  label: ZLocalized,
  description: ZLocalized.optional(),
  terminal: z.boolean().default(false),
  next: z.array(ZCode).default([]),
  // Key dates that reaching this stage fills in when unknown (e.g. "closed" sets closedAt).
  sets: z.array(z.enum(["closedAt", "submittedAt"])).default([]),
});

export const DATE_ANCHORS = ["registeredAt", "openedAt", "collectionEndsAt", "closedAt", "submittedAt"] as const;
export const ZDuration = z
  .object({ months: z.number().int().min(0).optional(), days: z.number().int().min(0).optional() })
  .refine((d) => (d.months ?? 0) + (d.days ?? 0) > 0, { message: "A duration must be positive" });

export const ZClock = z.object({
  code: ZCode,
  label: ZLocalized,
  // The clock starts when the initiative reaches this stage, or at this key date.
  from: z.union([z.object({ stage: ZCode }), z.object({ date: z.enum(DATE_ANCHORS) })]),
  duration: ZDuration,
  // Reaching any of these stages stops the clock (the duty was met).
  until: z.array(ZCode).min(1),
  legalReference: z.string().optional(),
});

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const ZRegions = z.object({
  codes: z.array(z.string().min(1)).default([]),
  // Regular expressions for open-ended region sets (UK constituencies, countries). Saving a rule
  // set also proves each one free of catastrophic backtracking (lib/rules/region-patterns.ts).
  patterns: z
    .array(z.string().min(1).max(200).refine(compiles, { message: "This is not a valid regular expression" }))
    .max(20)
    .default([]),
});

export const ZRuleDefinition = z
  .object({
    timeZone: z.string().min(1),
    collection: z.object({ months: z.number().int().positive() }).optional(),
    // Empty for eras whose rules set no signature thresholds (e.g. the Number 10 petitions site).
    thresholds: z.array(ZThreshold),
    // ECI: the initiative is valid only when the "valid" threshold is met AND at least this many
    // regions are over their regional minimum.
    regionQuorum: z.object({ minRegions: z.number().int().positive(), label: ZLocalized }).optional(),
    regions: ZRegions.default({ codes: [], patterns: [] }),
    stages: z.array(ZStage).min(1),
    initialStage: ZCode,
    clocks: z.array(ZClock).default([]),
  })
  .superRefine((r, ctx) => {
    const codes = new Set(r.stages.map((s) => s.code));
    if (codes.size !== r.stages.length) ctx.addIssue({ code: "custom", message: "Stage codes must be unique", path: ["stages"] });
    if (!codes.has(r.initialStage)) ctx.addIssue({ code: "custom", message: "Unknown initial stage", path: ["initialStage"] });
    r.stages.forEach((s, i) => {
      for (const n of s.next) {
        if (!codes.has(n)) ctx.addIssue({ code: "custom", message: `Unknown next stage "${n}"`, path: ["stages", i, "next"] });
      }
      if (s.terminal && s.next.length > 0) {
        ctx.addIssue({ code: "custom", message: "A terminal stage has no next stages", path: ["stages", i, "next"] });
      }
    });
    r.clocks.forEach((c, i) => {
      if ("stage" in c.from && !codes.has(c.from.stage)) {
        ctx.addIssue({ code: "custom", message: `Unknown stage "${c.from.stage}"`, path: ["clocks", i, "from"] });
      }
      for (const u of c.until) {
        if (!codes.has(u)) ctx.addIssue({ code: "custom", message: `Unknown stage "${u}"`, path: ["clocks", i, "until"] });
      }
    });
    const thresholdCodes = new Set(r.thresholds.map((t) => t.code));
    if (thresholdCodes.size !== r.thresholds.length) {
      ctx.addIssue({ code: "custom", message: "Threshold codes must be unique", path: ["thresholds"] });
    }
    if (r.regionQuorum && !r.thresholds.some((t) => t.meaning === "regional-minimum")) {
      ctx.addIssue({ code: "custom", message: "A region quorum needs regional minimums", path: ["regionQuorum"] });
    }
  });

export type TRuleDefinition = z.infer<typeof ZRuleDefinition>;
export type TRuleDefinitionInput = z.input<typeof ZRuleDefinition>;
export type TThreshold = z.infer<typeof ZThreshold>;
export type TStage = z.infer<typeof ZStage>;
export type TClock = z.infer<typeof ZClock>;

/** A snapshot: the definition with every threshold target resolved to a number. */
export type TResolvedThreshold = TThreshold & { target: number };
export type TRules = Omit<TRuleDefinition, "thresholds"> & { thresholds: TResolvedThreshold[] };

export const ZRules = ZRuleDefinition.refine((r) => r.thresholds.every((t) => t.target !== undefined), {
  message: "Every threshold target must be resolved in a snapshot",
}) as unknown as z.ZodType<TRules>;

/**
 * What a share-of-population rule counts: the residents entitled to vote when the jurisdiction
 * records them (Finnish municipal initiatives: 2 % of them), else its residents.
 */
export function populationForRules(j: { electorate?: number | null; population?: number | null }): number | null {
  return j.electorate ?? j.population ?? null;
}

/**
 * Takes the snapshot an initiative keeps: targets stated as a share of residents become numbers,
 * rounded up (2 % of 674,963 residents is 13,500 signatures, not 13,499.26).
 */
export function resolveRules(definition: TRuleDefinition, population?: number | null): TRules {
  const thresholds = definition.thresholds.map((t) => {
    if (t.target !== undefined) return { ...t, target: t.target };
    if (!population || population <= 0) {
      throw new Error(`Threshold "${t.code}" is a share of the population, but the population is unknown`);
    }
    return { ...t, target: Math.ceil((population * (t.percentOfPopulation ?? 0)) / 100) };
  });
  return { ...definition, thresholds };
}

export function parseRules(value: unknown): TRules {
  return ZRules.parse(value);
}

/** True when a region code is one the rules know (an explicit code or a matching pattern). */
export function isKnownRegion(rules: Pick<TRules, "regions">, region: string): boolean {
  if (region === "") return true;
  if (rules.regions.codes.includes(region)) return true;
  return rules.regions.patterns.some((p) => new RegExp(p).test(region));
}

/** JSON text (from a form) or an object (from code): either way a ZRuleDefinition. */
const ZDefinitionInput = z.preprocess((v, ctx) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: issue("json"), input: v });
    return z.NEVER;
  }
}, ZRuleDefinition);

// A new version of a scheme's rules (admins). Existing versions are never edited: initiatives keep
// the rules they were registered under, and new registrations pick the version in force.
export const ZCreateRuleSetVersion = z.object({
  schemeCode: z.string().trim().min(1, "Choose a scheme"),
  effectiveFrom: z.coerce.date({ message: issue("date") }),
  legalSourceTitle: z
    .string()
    .trim()
    .min(1, "Name the law or decision")
    .max(300)
    .refine((s) => !/[<>]/.test(s), issue("markup")),
  legalSourceUrl: z
    .string()
    .trim()
    .url(issue("url"))
    .refine((u) => /^https?:\/\//.test(u), issue("urlScheme")),
  note: z
    .string()
    .trim()
    .max(2000)
    .refine((s) => !/[<>]/.test(s), issue("markup"))
    .optional(),
  definition: ZDefinitionInput,
});
export type TCreateRuleSetVersion = z.input<typeof ZCreateRuleSetVersion>;
