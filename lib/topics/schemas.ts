// Inputs for topics and the events on a topic's cross-jurisdiction timeline.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZSlug } from "@/lib/initiatives/schemas";
import { ZUrl } from "@/lib/schemas/fields";
import { ZLocalized } from "@/lib/schemas/fields";

export const ZTopicInput = z.object({ slug: ZSlug, name: ZLocalized, description: ZLocalized.optional() });
export type TTopicInput = z.input<typeof ZTopicInput>;

export const ZTopicEventInput = z.object({
  topicSlug: ZSlug,
  occurredAt: z.coerce.date({ message: issue("date") }),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, issue("countryCode"))
    .optional(),
  jurisdictionCode: z.string().min(1).optional(),
  title: ZLocalized,
  body: ZLocalized.optional(),
  sourceUrl: ZUrl,
});
export type TTopicEventInput = z.input<typeof ZTopicEventInput>;
