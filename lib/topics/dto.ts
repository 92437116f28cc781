// Public shapes of topics and their cross-jurisdiction timelines.
import { z } from "zod";
import { ZIsoDate, ZLocalizedOut } from "@/lib/schemas/fields";

export const ZTopicOut = z
  .object({ slug: z.string(), name: ZLocalizedOut, description: ZLocalizedOut.nullable(), initiativeCount: z.number().int() })
  .meta({ id: "Topic" });
export const ZTopicList = z.object({ items: z.array(ZTopicOut) }).meta({ id: "TopicList" });

export const ZTimelineEntry = z.object({
  at: ZIsoDate,
  kind: z.enum(["initiative-opened", "threshold-reached", "stage-changed", "response", "external"]),
  title: ZLocalizedOut,
  body: ZLocalizedOut.nullable(),
  initiativeSlug: z.string().nullable(),
  initiativeTitle: ZLocalizedOut.nullable(),
  jurisdiction: z.string().nullable().describe("Jurisdiction or ISO country code"),
  sourceUrl: z.string().nullable(),
});
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;
export type TTopicOut = z.infer<typeof ZTopicOut>;
