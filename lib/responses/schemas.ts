// Inputs for official responses and outcomes (admin form, write API, importers).
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZDocumentLink } from "@/lib/stages/schemas";
import { ZUrl } from "@/lib/schemas/fields";
import { ZLocalized } from "@/lib/schemas/fields";

export const RESPONSE_KINDS = ["GOVERNMENT_RESPONSE", "DEBATE", "COMMUNICATION", "DECISION"] as const;
export const DECISIONS = ["ADOPTED", "PARTIALLY_ADOPTED", "REJECTED", "NOTED", "LAPSED"] as const;

export const ZResponseInput = z.object({
  kind: z.enum(RESPONSE_KINDS),
  respondingBody: ZLocalized,
  respondedAt: z.coerce.date({ message: issue("date") }),
  summary: ZLocalized,
  text: ZLocalized.optional(),
  links: z.array(ZDocumentLink).max(20).default([]),
  decision: z.enum(DECISIONS).optional(),
  sourceUrl: ZUrl.optional(),
  // When editing an existing response: the version the editor saw.
  expectedVersion: z.coerce.number().int().positive().optional(),
});
export type TResponseInput = z.input<typeof ZResponseInput>;
