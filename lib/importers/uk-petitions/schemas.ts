// The formats UK petition data comes in: the petitions API (2015-2024 field sets, `open_at` and
// `opened_at`), archived petitions, the Number 10 archive (2005-2010), Jonty Wareing's archive
// (the bare `data` object) and the list endpoint. Missing is not the same as null: fields appear
// over time, so every optional field accepts both. Pure.
import { z } from "zod";

const timestamp = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), "Expected an ISO 8601 timestamp")
  .transform((s) => new Date(s));
const plainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date (YYYY-MM-DD)")
  .transform((s) => new Date(`${s}T00:00:00Z`));
const count = z.number().int("Expected a whole number").min(0, "Expected a count of 0 or more");
const maybe = <T extends z.ZodType>(t: T) => t.nullable().optional();

export const ZUkGovernmentResponse = z.object({
  summary: z.string(),
  details: maybe(z.string()),
  responded_on: maybe(plainDate),
  created_at: maybe(timestamp),
  updated_at: maybe(timestamp),
});

export const ZUkAttributes = z.looseObject({
  action: z.string().min(1, "A petition needs a title (action)"),
  action_prefix: maybe(z.string()),
  background: maybe(z.string()),
  additional_details: maybe(z.string()),
  committee_note: maybe(z.string()),
  state: z.enum(["open", "closed", "rejected", "finished", "hidden", "pending", "validated", "sponsored", "flagged", "stopped"]),
  signature_count: count,
  creator_name: maybe(z.string()),
  created_at: timestamp,
  updated_at: timestamp,
  opened_at: maybe(timestamp),
  open_at: maybe(timestamp),
  closed_at: maybe(timestamp),
  rejected_at: maybe(timestamp),
  moderation_threshold_reached_at: maybe(timestamp),
  response_threshold_reached_at: maybe(timestamp),
  government_response_at: maybe(timestamp),
  debate_threshold_reached_at: maybe(timestamp),
  debate_outcome_at: maybe(timestamp),
  scheduled_debate_date: maybe(plainDate),
  rejection: maybe(
    z.object({
      // Strings on the current site ("no-action", "duplicate"); an integer bit mask in the No10 archive.
      code: z.union([z.string(), z.number()]).nullable(),
      details: maybe(z.string()),
      reasons: maybe(z.array(z.string())),
    }),
  ),
  government_response: maybe(ZUkGovernmentResponse),
  // The Number 10 archive: a list of responses.
  government_responses: maybe(
    z.array(z.object({ summary: maybe(z.string()), details: z.string(), created_at: timestamp, updated_at: maybe(timestamp) })),
  ),
  debate: maybe(
    z.object({
      debated_on: maybe(plainDate),
      transcript_url: maybe(z.string()),
      video_url: maybe(z.string()),
      debate_pack_url: maybe(z.string()),
      overview: maybe(z.string()),
    }),
  ),
  signatures_by_country: maybe(z.array(z.object({ name: z.string(), code: maybe(z.string()), signature_count: count }))),
  signatures_by_constituency: maybe(
    z.array(z.object({ name: z.string(), ons_code: z.string(), mp: maybe(z.string()), signature_count: count })),
  ),
  signatures_by_region: maybe(z.array(z.object({ name: z.string(), ons_code: z.string(), signature_count: count }))),
  departments: maybe(z.array(z.object({ acronym: maybe(z.string()), name: z.string(), url: maybe(z.string()) }))),
});
export type TUkAttributes = z.infer<typeof ZUkAttributes>;

export const ZUkLinks = z.looseObject({ self: maybe(z.string()), original: maybe(z.string()) });

/** The petition resource itself: { type, id, attributes, links? }. */
export const ZUkResource = z.object({
  type: z.enum(["petition", "archived-petition"]).default("petition"),
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
  attributes: ZUkAttributes,
  links: maybe(ZUkLinks),
});
export type TUkResource = z.infer<typeof ZUkResource>;

/** data.parliament.uk Linked Data "track" files: dated counts, newest first, counts may go down. */
export const ZUkLdaTrack = z.object({
  format: z.literal("linked-data-api"),
  result: z.object({
    items: z.array(
      z.object({
        date: z.object({ _value: z.string() }),
        numberOfSignatures: count,
      }),
    ),
  }),
});
