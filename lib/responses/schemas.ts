// Inputs for official responses and outcomes (admin form, write API, importers).
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZDocumentLink } from "@/lib/stages/schemas";
import { ZCountValue } from "@/lib/counts/schemas";
import { ZUrl } from "@/lib/schemas/fields";
import { ZLocalized } from "@/lib/schemas/fields";

export const RESPONSE_KINDS = ["GOVERNMENT_RESPONSE", "DEBATE", "COMMUNICATION", "DECISION"] as const;
export const DECISIONS = ["ADOPTED", "PARTIALLY_ADOPTED", "REJECTED", "NOTED", "LAPSED"] as const;

export const VOTE_FIELDS = ["votesFor", "votesAgainst", "abstentions", "absent"] as const;

export const ZResponseInput = z
  .object({
    kind: z.enum(RESPONSE_KINDS),
    respondingBody: ZLocalized,
    respondedAt: z.coerce.date({ message: issue("date") }),
    summary: ZLocalized,
    text: ZLocalized.optional(),
    links: z.array(ZDocumentLink).max(20).default([]),
    decision: z.enum(DECISIONS).optional(),
    // The vote, as the deciding body published it: members for, against, abstaining, absent.
    votesFor: ZCountValue.optional(),
    votesAgainst: ZCountValue.optional(),
    abstentions: ZCountValue.optional(),
    absent: ZCountValue.optional(),
    sourceUrl: ZUrl.optional(),
    // When editing an existing response: the version the editor saw.
    expectedVersion: z.coerce.number().int().positive().optional(),
  })
  .superRefine((r, ctx) => {
    // A tally is the vote on a decision: a government response or a debate has none.
    if (r.kind === "DECISION" || r.decision) return;
    for (const field of VOTE_FIELDS) {
      if (r[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: issue("tallyNeedsDecision") });
    }
  });
export type TResponseInput = z.input<typeof ZResponseInput>;

export const ZResponseResponse = z.object({
  initiative: z.string().describe("The initiative's slug"),
  responseId: z.string(),
  created: z.boolean().describe("False when a response of this kind and date existed and was updated"),
  changed: z.boolean().describe("False when it existed and nothing differed (nothing was written)"),
  version: z.number().int().describe("The response's version, for the next expectedVersion"),
});
export type TResponseResponse = z.infer<typeof ZResponseResponse>;
