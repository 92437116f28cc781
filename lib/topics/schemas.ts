// Inputs for topics and the events on a topic's cross-jurisdiction timeline.
import { z } from "zod";
import { ZLocalized } from "@/lib/i18n/locales";
import { ZSlug, ZUrl } from "@/lib/initiatives/schemas";

export const ZTopicInput = z.object({ slug: ZSlug, name: ZLocalized, description: ZLocalized.optional() });
export type TTopicInput = z.input<typeof ZTopicInput>;

export const ZTopicEventInput = z.object({
  topicSlug: ZSlug,
  occurredAt: z.coerce.date({ message: "Give a date" }),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, "Use a two-letter country code")
    .optional(),
  jurisdictionCode: z.string().min(1).optional(),
  title: ZLocalized,
  body: ZLocalized.optional(),
  sourceUrl: ZUrl,
});
export type TTopicEventInput = z.input<typeof ZTopicEventInput>;
