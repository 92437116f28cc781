// The map page's query: a view, a measure and a constituency look-up, each a plain link or GET
// form. An unknown view or measure falls back to the default (a shared link never breaks).
import { z } from "zod";
import { UK_MEASURES, UK_VIEWS } from "./uk";

export const ZUkMapQuery = z.object({
  view: z.enum(UK_VIEWS).catch("geo"),
  measure: z.enum(UK_MEASURES).catch("signatures"),
  q: z
    .string()
    .trim()
    .catch("")
    .transform((s) => s.slice(0, 100)),
});
export type TUkMapQuery = z.infer<typeof ZUkMapQuery>;

/** The query string of a map link, leaving out defaults. */
export function ukMapSearch(query: Partial<TUkMapQuery>): string {
  const params = new URLSearchParams();
  if (query.view && query.view !== "geo") params.set("view", query.view);
  if (query.measure && query.measure !== "signatures") params.set("measure", query.measure);
  if (query.q) params.set("q", query.q);
  return params.size ? `?${params.toString()}` : "";
}
