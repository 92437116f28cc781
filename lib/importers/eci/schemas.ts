// ECI data formats: per-country snapshots as collected from the register (fixtures/real/eci), and
// the register API (register.eci.ec.europa.eu/core/api/register): the details resource
// (/details/{year}/{number}) and the search index (/search/ALL/EN/{offset}/{size}). Dates there are
// DD/MM/YYYY, times DD/MM/YYYY HH:MM (Brussels). Only the fields Threshold reads are required. Pure.
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

/** "DD/MM/YYYY", "DD/MM/YYYY HH:MM" or ISO; "" means not set. */
export const ZRegisterDate = z
  .string()
  .regex(/^$|^\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?$|^\d{4}-\d{2}-\d{2}/, "Expected a date (DD/MM/YYYY)")
  .transform((s) => s || undefined);

const ZCountryEntry = z.looseObject({ countryCodeType: z.string().min(2), total: count, afterSubmission: z.boolean().optional() });
const ZCountReport = z.looseObject({
  updateDate: ZRegisterDate.optional(),
  onlineSosUpdateDate: ZRegisterDate.optional(),
  totalSignatures: count.optional(),
  entry: z.array(ZCountryEntry).default([]),
});

/** The register's details resource. */
export const ZEciRegisterDetails = z.looseObject({
  id: z.number().int().optional(),
  comRegNum: z
    .string()
    .regex(/^ECI\(\d{4}\)\d{6}$/, "Expected a registration number such as ECI(2025)000006")
    .optional(),
  year: z.union([z.string(), z.number()]).transform(String).optional(),
  number: z
    .union([z.string(), z.number()])
    .transform((n) => String(n).padStart(6, "0"))
    .optional(),
  status: z.string().optional(),
  latestUpdateDate: ZRegisterDate.optional(),
  registrationDate: ZRegisterDate.optional(),
  startCollectionDate: ZRegisterDate.optional(),
  earlyClosureDate: ZRegisterDate.optional(),
  deadline: ZRegisterDate.optional(),
  linguisticVersions: z
    .array(
      z.looseObject({
        languageCode: z.string(),
        title: z.string(),
        objectives: z.string().optional(),
        original: z.boolean().optional(),
        website: z.string().optional(),
      }),
    )
    .default([]),
  members: z
    .array(z.looseObject({ type: z.string().optional(), fullName: z.string().optional(), privacyApplied: z.boolean().optional() }))
    .default([]),
  // `name` in the register; `status` in older descriptions of it.
  progress: z
    .array(
      z.looseObject({
        name: z.string().optional(),
        status: z.string().optional(),
        date: ZRegisterDate.nullable().optional(),
        active: z.boolean().optional(),
      }),
    )
    .default([]),
  sosReport: ZCountReport.optional(),
  submission: ZCountReport.optional(),
  answer: z
    .looseObject({
      decisionDate: ZRegisterDate.optional(),
      date: ZRegisterDate.optional(),
      url: z.string().optional(),
      links: z.array(z.looseObject({ defaultName: z.string().optional(), defaultLink: z.string().optional() })).default([]),
    })
    .nullable()
    .optional(),
});
export type TEciRegisterDetails = z.infer<typeof ZEciRegisterDetails>;

/** The register's search index: one page of entries. */
export const ZEciSearchPage = z.looseObject({
  recordsFound: z.number().int().min(0).optional(),
  entries: z.array(
    z.looseObject({
      id: z.number().int().positive(),
      year: z.union([z.string(), z.number()]).transform(String),
      number: z.union([z.string(), z.number()]).transform((n) => String(n).padStart(6, "0")),
      title: z.string().optional(),
      status: z.string().optional(),
      latestUpdateDate: ZRegisterDate.optional(),
      totalSupporters: count.optional(),
    }),
  ),
});
export type TEciSearchPage = z.infer<typeof ZEciSearchPage>;
