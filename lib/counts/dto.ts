// Public shapes of count series (GET /api/v1/initiatives/{slug}/counts and the live counter).
import { z } from "zod";
import { ZIsoDate, ZLocalizedOut } from "@/lib/schemas/fields";

export const ZSeriesPoint = z.object({
  observedAt: ZIsoDate,
  value: z.number().int(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
});

export const ZCountSeries = z
  .object({
    slug: z.string(),
    resolution: z.enum(["raw", "hour", "day", "week"]),
    series: z.array(
      z.object({
        kind: z.enum(["TOTAL", "ONLINE", "PAPER", "SUBMITTED", "VERIFIED"]),
        region: z.string().describe('"" for the whole initiative'),
        points: z.array(ZSeriesPoint),
      }),
    ),
  })
  .meta({ id: "CountSeries" });
export type TCountSeries = z.infer<typeof ZCountSeries>;

export const ZLiveCount = z
  .object({
    slug: z.string(),
    value: z.number().int().nullable(),
    observedAt: ZIsoDate.nullable(),
    source: z.string().nullable(),
    nextThreshold: z.object({ code: z.string(), label: ZLocalizedOut, target: z.number().int(), share: z.number() }).nullable(),
    pollSeconds: z.number().int().describe("Poll no more often than this"),
  })
  .meta({ id: "LiveCount" });
export type TLiveCount = z.infer<typeof ZLiveCount>;
