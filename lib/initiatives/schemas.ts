// Inputs for initiative commands, shared by the admin forms, the write API, importers and the seed.
import { z } from "zod";
import { LOCALES, ZLocalized } from "@/lib/i18n/locales";

export const ZSlug = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters")
  .max(80, "Use at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes");

const ZPlainText = z
  .string()
  .trim()
  .max(500)
  .refine((s) => !/[<>]/.test(s), "Angle brackets are not allowed here");

export const ZOrganiser = z.object({ name: ZPlainText.pipe(z.string().min(1)), role: ZPlainText.optional() });

const ZUrl = z
  .string()
  .trim()
  .url("Give a full web address, starting with https://")
  .refine((u) => /^https?:\/\//.test(u), "Only http and https addresses are allowed");

export const ZRegisterInitiative = z.object({
  slug: ZSlug.optional(),
  schemeCode: z.string().min(1),
  // For schemes spanning several jurisdictions (municipal initiatives): the municipality.
  jurisdictionCode: z.string().min(1).optional(),
  title: ZLocalized,
  summary: ZLocalized,
  primaryLanguage: z.enum(LOCALES).default("en"),
  externalSource: z.string().min(1).max(40).optional(),
  externalId: z.string().min(1).max(80).optional(),
  externalUrl: ZUrl.optional(),
  organisers: z.array(ZOrganiser).max(50).default([]),
  registeredAt: z.coerce.date().optional(),
  openedAt: z.coerce.date().optional(),
  // Only when the official source states a different deadline than the rules compute.
  collectionEndsAt: z.coerce.date().optional(),
  topicSlugs: z.array(z.string().min(1)).max(20).default([]),
});
export type TRegisterInitiative = z.input<typeof ZRegisterInitiative>;

export { ZUrl, ZPlainText };

// Listing and search, shared by /initiatives and GET /api/v1/initiatives.
export const LIST_SORTS = ["relevance", "count", "growth", "closing", "newest"] as const;
export const ZListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters")
    .optional()
    .transform((v) => v || undefined),
  jurisdiction: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z0-9-]*$/, "Use a jurisdiction code such as fi or uk")
    .optional()
    .transform((v) => v || undefined),
  scheme: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9-]*$/, "Use a scheme code")
    .optional()
    .transform((v) => v || undefined),
  stage: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9-]*$/, "Use a stage code")
    .optional()
    .transform((v) => v || undefined),
  topic: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z0-9-]*$/, "Use a topic slug")
    .optional()
    .transform((v) => v || undefined),
  status: z.enum(["all", "open", "closed"], { message: "Use all, open or closed" }).default("all"),
  sort: z.enum(LIST_SORTS, { message: `Use one of ${LIST_SORTS.join(", ")}` }).optional(),
  cursor: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/, "Not a cursor from a previous page")
    .optional(),
  limit: z.coerce.number({ message: "Give a number" }).int("Give a whole number").min(1, "At least 1").max(100, "At most 100").default(20),
});
export type TListQuery = z.infer<typeof ZListQuery>;

// Editing an initiative (admins): the fields an admin may change after registration. Every edit
// carries the version it was based on; a stale one is refused with 409 (see update-initiative.ts).
export const ZExpectedVersion = z.coerce.number({ message: "Reload the page and try again" }).int().positive();

export const ZUpdateInitiative = z.object({
  expectedVersion: ZExpectedVersion,
  title: ZLocalized,
  summary: ZLocalized,
  primaryLanguage: z.enum(LOCALES).default("en"),
  externalUrl: ZUrl.optional(),
  organisers: z.array(ZOrganiser).max(50).default([]),
  registeredAt: z.coerce.date({ message: "Give a date" }).optional(),
  openedAt: z.coerce.date({ message: "Give a date" }).optional(),
  collectionEndsAt: z.coerce.date({ message: "Give a date" }).optional(),
  topicSlugs: z.array(z.string().min(1)).max(20).default([]),
});
export type TUpdateInitiative = z.input<typeof ZUpdateInitiative>;

export const ZWithdrawInitiative = z.object({
  expectedVersion: ZExpectedVersion,
  reason: ZPlainText.pipe(z.string().min(1, "Say why the initiative is withdrawn")),
  withdrawnAt: z.coerce.date({ message: "Give a date" }).optional(),
});
export type TWithdrawInitiative = z.input<typeof ZWithdrawInitiative>;

// The admin console's list of initiatives (GET /api/admin/initiatives and /admin).
export const ZAdminInitiativeFilter = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters")
    .optional()
    .transform((v) => v || undefined),
  flags: z
    .enum(["any", "open"])
    .optional()
    .transform((v) => v ?? "any"),
  withdrawn: z
    .enum(["exclude", "include"])
    .optional()
    .transform((v) => v ?? "include"),
});
export type TAdminInitiativeFilter = z.infer<typeof ZAdminInitiativeFilter>;
