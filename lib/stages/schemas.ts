// Inputs for stage events (admin form, write API, importers, seed).
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZPlainText, ZUrl } from "@/lib/schemas/fields";
import { ZLocalized } from "@/lib/schemas/fields";

export const ZDocumentLink = z.object({ title: ZPlainText.pipe(z.string().min(1, "Give the document a title")), url: ZUrl });

export const ZStageEventInput = z.object({
  stage: z.string().trim().min(1, "Choose a stage"),
  occurredAt: z.coerce.date({ message: issue("date") }),
  scheduledFor: z.coerce.date().optional(),
  title: ZLocalized.optional(),
  body: ZLocalized.optional(),
  documents: z.array(ZDocumentLink).max(20).default([]),
  sourceUrl: ZUrl.optional(),
  // The initiative version the editor saw; a stale edit is refused with 409.
  expectedVersion: z.coerce.number().int().positive().optional(),
});
export type TStageEventInput = z.input<typeof ZStageEventInput>;
/** Dates editors enter as local times: read in the initiative's time zone. */
export const STAGE_EVENT_LOCAL_TIMES = ["occurredAt", "scheduledFor"] as const;

// The write API's answer (POST /api/v1/initiatives/{slug}/events).
export const ZStageEventResponse = z.object({
  initiative: z.string().describe("The initiative's slug"),
  eventId: z.string(),
  stage: z.string().describe("The initiative's stage after this event"),
  version: z.number().int().describe("The initiative's version after this event, for the next expectedVersion"),
});
export type TStageEventResponse = z.infer<typeof ZStageEventResponse>;
