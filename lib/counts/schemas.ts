// Inputs for recording signature counts (admin form, bulk CSV, write API, importers, seed).
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { COUNT_KINDS } from "@/lib/rules/schemas";
import { ZPlainText, ZUrl } from "@/lib/schemas/fields";

export const MAX_COUNT = 1_000_000_000;

export const ZCountValue = z.coerce
  .number({ message: issue("number") })
  .refine(Number.isFinite, issue("number"))
  .refine(Number.isInteger, issue("whole"))
  .refine((n) => n >= 0, issue("negative"))
  .refine((n) => n <= MAX_COUNT, issue("tooLarge"));

export const ZObservationInput = z.object({
  value: ZCountValue,
  kind: z.enum(COUNT_KINDS).default("TOTAL"),
  region: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9:-]*$/, issue("regionCode"))
    .default(""),
  observedAt: z.coerce.date({ message: issue("date") }),
  sourceUrl: ZUrl.optional(),
  sourceUpdatedAt: z.coerce.date().optional(),
  note: ZPlainText.optional(),
  supersedesId: z.string().min(1).optional(),
  correctionReason: ZPlainText.optional(),
});
export type TObservationInput = z.input<typeof ZObservationInput>;
/** Fields entered as local times (forms, CSV): read in the initiative's time zone. */
export const OBSERVATION_LOCAL_TIMES = ["observedAt"] as const;
export type TObservation = z.infer<typeof ZObservationInput>;

export const ZRecordCounts = z.object({
  observations: z.array(ZObservationInput).min(1, "Give at least one count").max(5000, "At most 5,000 counts at once"),
});

// GET /api/v1/initiatives/{slug}/counts and counts.csv
export const ZCountsQuery = z.object({
  kind: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((k) => k.trim().toUpperCase()) : undefined))
    .pipe(z.array(z.enum(COUNT_KINDS, { message: `Use kinds from ${COUNT_KINDS.join(", ")}` })).optional()),
  region: z
    .string()
    .max(2000)
    .regex(/^[A-Za-z0-9:,*-]*$/, "Use region codes separated by commas, or * for every region")
    .optional()
    .describe('Region codes separated by commas; "*" for every region; omitted: the whole initiative'),
  from: z.coerce.date({ message: issue("date") }).optional(),
  to: z.coerce.date({ message: issue("date") }).optional(),
  resolution: z.enum(["raw", "hour", "day", "week"], { message: "Use raw, hour, day or week" }).default("raw"),
});
export type TCountsQuery = z.infer<typeof ZCountsQuery>;

// Reviewing data-quality flags (editors): a confirmed flag is shown publicly as a data note with
// the editor's note; a dismissed one is kept, but no longer asks for attention.
export const FLAG_DECISIONS = ["confirm", "dismiss"] as const;
const ZFlagDecision = z.object({
  decision: z.enum(FLAG_DECISIONS, { message: "Choose confirm or dismiss" }),
  publicNote: ZPlainText.optional(),
});
const requireNote = (v: { decision: string; publicNote?: string }) => v.decision !== "confirm" || Boolean(v.publicNote);
const noteIssue = { message: issue("publicNote"), path: ["publicNote"] };

export const ZReviewFlag = ZFlagDecision.extend({ flagId: z.string().min(1) }).refine(requireNote, noteIssue);
export type TReviewFlag = z.input<typeof ZReviewFlag>;

/** The stale-source flag is computed when admins look (see stale-source.ts); reviewing records it. */
export const ZReviewStaleSource = ZFlagDecision.extend({ observationId: z.string().min(1) }).refine(requireNote, noteIssue);
export type TReviewStaleSource = z.input<typeof ZReviewStaleSource>;

// Bulk entry from CSV (admin console): the text of the file, previewed first, then committed as
// one all-or-nothing batch through recordCounts.
export const ZCountsCsv = z.object({
  csv: z.string({ message: "Choose a CSV file or paste its contents" }).max(2_000_000, "The file is too large: at most 2 MB"),
  intent: z.enum(["preview", "commit"]).default("preview"),
});
export type TCountsCsv = z.input<typeof ZCountsCsv>;

// The write API (POST /api/v1/initiatives/{slug}/counts): one observation, or a batch.
export const ZCountsRequest = z.union([ZObservationInput, ZRecordCounts]);
export const ZCountsResponse = z.object({
  initiative: z.string().describe("The initiative's slug"),
  created: z.number().int().describe("Observations stored (all of them: a batch is all or nothing)"),
  latestTotal: z.number().int().nullable().describe("The headline total after this write"),
  flags: z.array(z.object({ code: z.string(), observationId: z.string() })).describe("Data-quality flags raised, for an editor to review"),
});
export type TCountsResponse = z.infer<typeof ZCountsResponse>;
