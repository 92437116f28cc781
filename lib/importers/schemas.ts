// Inputs of the admin imports pages and their "sync now" actions (isomorphic).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { SOURCES } from "./plan";

export const ZImportSource = z.enum(SOURCES, { message: `Use one of ${SOURCES.join(", ")}` });

const view = z.enum(["overview", "source"]).default("overview");

export const ZSyncResourceNow = z.object({
  stateId: z.string().regex(/^[a-z0-9]{10,40}$/, "Not an import"),
  source: ZImportSource,
  locale: z.enum(LOCALES),
  view,
});

export const ZSyncSourceNow = z.object({ source: ZImportSource, locale: z.enum(LOCALES), view });

/** The query string of the imports pages: the page of a source's list and the notices after an action. */
export const ZImportsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  synced: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/)
    .optional()
    .catch(undefined),
  requested: ZImportSource.optional().catch(undefined),
  n: z.coerce.number().int().min(0).optional().catch(undefined),
});
