// ECI data formats: per-country snapshots as collected from the register (fixtures/real/eci), and
// the register API's details resource (/core/api/register/details/{year}/{number}). Country names
// and codes map to ISO codes; Greece arrives as both EL and GR. Pure.
import { z } from "zod";

const timestamp = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), "Expected an ISO 8601 timestamp")
  .transform((s) => new Date(s));
const count = z.number().int("Expected a whole number").min(0, "Expected a count of 0 or more");

export const ZEciSnapshot = z.object({
  timestamp,
  total_signatures: count,
  countries: z.array(
    z.object({
      country: z.string().min(1),
      signatures: count,
      threshold: count.optional(),
      percentage: z.number().optional(),
    }),
  ),
});
export const ZEciSnapshots = z.array(ZEciSnapshot).min(1, "Expected at least one snapshot");
export type TEciSnapshot = z.infer<typeof ZEciSnapshot>;

const localDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$|^\d{4}-\d{2}-\d{2}/, "Expected a date");

/** The register's details resource. Only the fields Threshold reads are required. */
export const ZEciRegisterDetails = z.looseObject({
  id: z.number().int().optional(),
  year: z.union([z.string(), z.number()]).transform(String),
  number: z.union([z.string(), z.number()]).transform((n) => String(n).padStart(6, "0")),
  status: z.string().optional(),
  latestUpdateDate: z.string().optional(),
  registrationDate: localDate.optional(),
  startCollectionDate: localDate.optional(),
  earlyClosureDate: localDate.optional(),
  deadline: localDate.optional(),
  linguisticVersions: z
    .array(
      z.looseObject({ languageCode: z.string(), title: z.string(), objectives: z.string().optional(), original: z.boolean().optional() }),
    )
    .default([]),
  progress: z.array(z.looseObject({ status: z.string(), date: localDate.optional(), active: z.boolean().optional() })).default([]),
  sosReport: z
    .looseObject({
      updateDate: z.string().optional(),
      totalSignatures: count.optional(),
      entry: z.array(z.looseObject({ countryCodeType: z.string(), total: count })).default([]),
    })
    .optional(),
  submission: z
    .looseObject({
      submissionDate: localDate.optional(),
      totalSignatures: count.optional(),
      entry: z.array(z.looseObject({ countryCodeType: z.string(), total: count })).default([]),
    })
    .optional(),
  answer: z.looseObject({ date: localDate.optional(), url: z.string().optional() }).nullable().optional(),
});
export type TEciRegisterDetails = z.infer<typeof ZEciRegisterDetails>;
