// kansalaisaloite.fi open data API v1, as its own API description documents it: the list
// (/api/v1/initiatives: basic properties), one initiative (/api/v1/initiatives/{id}: details too)
// and daily counts of new online statements (/api/v1/supports-by-date/{id}: [{ d, n }]). `id` is
// the URI of the initiative's JSON. No real response was available offline: see
// fixtures/constructed/README.md. Pure.
import { z } from "zod";

const count = z.number().int("Expected a whole number").min(0, "Expected a count of 0 or more");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date (YYYY-MM-DD)");
const dateTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "Expected a date and time (xsd:dateTime)")
  .transform((s) => new Date(s));
const maybe = <T extends z.ZodType>(t: T) => t.nullable().optional();
const localized = z.looseObject({ fi: maybe(z.string()), sv: maybe(z.string()) });

/** "https://www.kansalaisaloite.fi/api/v1/initiatives/1234", or a bare number in hand-made files. */
export const ZFiId = z
  .union([z.string(), z.number().int().positive()])
  .transform((v) => String(v))
  .refine((v) => /(?:^|\/)\d+$/.test(v), "Expected the initiative's URI, ending in its number")
  .transform((v) => ({ uri: /^https?:\/\//.test(v) ? v : null, number: v.match(/(\d+)$/)?.[1] as string }));

const person = z.looseObject({
  firstNames: maybe(z.string()),
  lastName: maybe(z.string()),
  homeMunicipality: maybe(localized),
});

export const ZFiInitiative = z.looseObject({
  id: ZFiId,
  url: maybe(localized),
  name: localized.refine((n) => Boolean(n.fi?.trim() || n.sv?.trim()), "An initiative needs a name in Finnish or Swedish"),
  modified: maybe(dateTime),
  state: z.enum(["ACCEPTED", "DONE", "CANCELED"], { message: "Expected ACCEPTED, DONE or CANCELED" }),
  stateDate: maybe(dateTime),
  supportCount: count,
  externalSupportCount: count.default(0),
  totalSupportCount: count.optional(),
  sentSupportCount: count.default(0),
  verifiedSupportCount: count.default(0),
  verified: maybe(date),
  startDate: date,
  endDate: maybe(date),
  proposalType: maybe(z.enum(["LAW", "PREPARATION"])),
  primaryLanguage: maybe(z.enum(["fi", "sv"])),
  supportStatementsOnPaper: maybe(z.boolean()),
  supportStatementsInWeb: maybe(z.boolean()),
  proposal: maybe(localized),
  rationale: maybe(localized),
  links: maybe(z.array(z.looseObject({ uri: z.string(), label: maybe(z.string()) }))),
  initiators: maybe(z.array(person)),
  representatives: maybe(z.array(person)),
});
export type TFiInitiative = z.infer<typeof ZFiInitiative>;

export const ZFiInitiatives = z.array(ZFiInitiative);

/** New online statements per day, until yesterday (updated nightly). */
export const ZFiSupportsByDate = z.array(z.object({ d: date, n: count }));
export type TFiSupportsByDate = z.infer<typeof ZFiSupportsByDate>;
