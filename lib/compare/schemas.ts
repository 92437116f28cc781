// The comparison's query: `?i=<slug>&i=<slug>`, one to five initiatives, each named once.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZSlug } from "@/lib/initiatives/schemas";

export const MAX_COMPARED = 5;

export const ZCompareQuery = z.object({
  i: z.preprocess(
    (v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])],
    z.array(ZSlug).max(MAX_COMPARED, issue("tooMany")),
  ),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;

export function compareHref(slugs: string[]): string {
  return `/compare?${new URLSearchParams(slugs.map((s) => ["i", s])).toString()}`;
}
