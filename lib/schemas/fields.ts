// Field schemas and limits shared by every domain's inputs and outputs (one definition each, so
// a rule about text, addresses or dates is the same everywhere). Isomorphic.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";

/** How far in the future a dated fact may be, for clocks that run a little fast. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Short plain text (names, notes, reasons): no markup, at most 500 characters. */
export const ZPlainText = z
  .string()
  .trim()
  .max(500)
  .refine((s) => !/[<>]/.test(s), issue("markup"));

/** An absolute http(s) address. */
export const ZUrl = z
  .string()
  .trim()
  .url(issue("url"))
  .refine((u) => /^https?:\/\//.test(u), issue("urlScheme"));

/** Output dates: ISO 8601 strings (cached and sent as JSON). */
export const ZIsoDate = z.string().datetime({ offset: true }).describe("ISO 8601 date-time (UTC)");

/** Output text by language, as stored. */
export const ZLocalizedOut = z
  .object({ en: z.string().optional(), fi: z.string().optional(), sv: z.string().optional() })
  .describe("Text by language (en, fi, sv); at least one is present");

/** Text by language as people enter it (at least one language; no markup). */
/** Markup (a tag, comment or processing instruction) never belongs in stored text: it is refused, not stripped. */
export const MARKUP = /<\s*[a-zA-Z!/?]/;
const ZLocalizedValue = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !MARKUP.test(s), issue("markup"))
  .optional();

export const ZLocalized = z
  .object({ en: ZLocalizedValue, fi: ZLocalizedValue, sv: ZLocalizedValue })
  .strict()
  .refine((v) => Boolean(v.en ?? v.fi ?? v.sv), { message: issue("oneLanguage") });

/**
 * A JSON object whose fields a command parses itself (after reading what it needs to, such as the
 * initiative's time zone): what a route declares as its body when the command owns the schema.
 */
export const ZJsonObject = z.record(z.string(), z.unknown());
