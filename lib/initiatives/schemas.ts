// Inputs for initiative commands, shared by the admin forms, the write API, importers and the seed.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { LOCALES } from "@/lib/i18n/locales";
import { ZPlainText, ZUrl } from "@/lib/schemas/fields";
import { ZLocalized } from "@/lib/schemas/fields";

export const ZSlug = z
  .string()
  .trim()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, issue("slug"));

export const ZOrganiser = z.object({ name: ZPlainText.pipe(z.string().min(1)), role: ZPlainText.optional() });

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
/** Dates people enter as local times (forms): read in the initiative's (or its scheme's) time zone. */
export const INITIATIVE_LOCAL_TIMES = ["registeredAt", "openedAt", "collectionEndsAt"] as const;

// Listing and search, shared by /initiatives and GET /api/v1/initiatives.
export const LIST_SORTS = ["relevance", "count", "growth", "closing", "newest"] as const;
export const ZListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
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
  // An electoral term by its years ("2019-2023"): initiatives handed to the legislature during it.
  term: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{4})?$/, "Use an electoral term such as 2019-2023")
    .optional()
    .transform((v) => v || undefined),
  status: z.enum(["all", "open", "closed"], { message: "Use all, open or closed" }).default("all"),
  sort: z.enum(LIST_SORTS, { message: `Use one of ${LIST_SORTS.join(", ")}` }).optional(),
  cursor: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/, issue("cursor"))
    .optional(),
  limit: z.coerce
    .number({ message: issue("number") })
    .int(issue("whole"))
    .min(1)
    .max(100)
    .default(20),
});
export type TListQuery = z.infer<typeof ZListQuery>;

// Editing an initiative (admins): the fields an admin may change after registration. Every edit
// carries the version it was based on; a stale one is refused with 409 (see update-initiative.ts).
export const ZExpectedVersion = z.coerce
  .number({ message: issue("reload") })
  .int()
  .positive();

export const ZUpdateInitiative = z.object({
  expectedVersion: ZExpectedVersion,
  title: ZLocalized,
  summary: ZLocalized,
  primaryLanguage: z.enum(LOCALES).default("en"),
  externalUrl: ZUrl.optional(),
  organisers: z.array(ZOrganiser).max(50).default([]),
  registeredAt: z.coerce.date({ message: issue("date") }).optional(),
  openedAt: z.coerce.date({ message: issue("date") }).optional(),
  collectionEndsAt: z.coerce.date({ message: issue("date") }).optional(),
  topicSlugs: z.array(z.string().min(1)).max(20).default([]),
});
export type TUpdateInitiative = z.input<typeof ZUpdateInitiative>;

export const ZWithdrawInitiative = z.object({
  expectedVersion: ZExpectedVersion,
  reason: ZPlainText.pipe(z.string().min(1, "Say why the initiative is withdrawn")),
  withdrawnAt: z.coerce.date({ message: issue("date") }).optional(),
});
export type TWithdrawInitiative = z.input<typeof ZWithdrawInitiative>;
export const WITHDRAW_LOCAL_TIMES = ["withdrawnAt"] as const;

// The admin console's list of initiatives (GET /api/admin/initiatives and /admin).
export const ZAdminInitiativeFilter = z.object({
  q: z
    .string()
    .trim()
    .max(200)
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
