// Inputs for official responses and outcomes (admin form, write API, importers).
import { z } from "zod";
import { ZLocalized } from "@/lib/i18n/locales";
import { ZUrl } from "@/lib/initiatives/schemas";
import { ZDocumentLink } from "@/lib/stages/schemas";

export const RESPONSE_KINDS = ["GOVERNMENT_RESPONSE", "DEBATE", "COMMUNICATION", "DECISION"] as const;
export const DECISIONS = ["ADOPTED", "PARTIALLY_ADOPTED", "REJECTED", "NOTED", "LAPSED"] as const;

export const ZResponseInput = z.object({
  kind: z.enum(RESPONSE_KINDS),
  respondingBody: ZLocalized,
  respondedAt: z.coerce.date({ message: "Give the date of the response" }),
  summary: ZLocalized,
  text: ZLocalized.optional(),
  links: z.array(ZDocumentLink).max(20).default([]),
  decision: z.enum(DECISIONS).optional(),
  sourceUrl: ZUrl.optional(),
  // When editing an existing response: the version the editor saw.
  expectedVersion: z.coerce.number().int().positive().optional(),
});
export type TResponseInput = z.input<typeof ZResponseInput>;
