// Field issues: what is wrong with one field, as a code and its parameters. Every language renders
// an issue from those (lib/i18n/messages/issues.ts), so no translation depends on English text;
// `message` is the English rendering, kept for API clients and logs.
//
// Schemas name an issue by writing its code where zod takes a message (`.regex(re, issue("slug"))`):
// zod carries it, issuesFromZod turns it back into a code. An English message that is not a code
// (importer formats, say) is kept as the English message with a generic code.
import type { z } from "zod";
import { en } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator, type Translator } from "@/lib/i18n/translator";

export type IssueCode = keyof typeof en.issues;
export type IssueParams = Record<string, string | number>;
export type FieldIssue = { path: string; code: IssueCode; params?: IssueParams; message: string };

const CODES = new Set<string>(Object.keys(en.issues));

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && CODES.has(value);
}

/** The code, for a schema's message slot (see the file comment). */
export function issue(code: IssueCode): IssueCode {
  return code;
}

/** An issue in a language (or with a page's translator), from its code and parameters only. */
export function issueText(i: { code: IssueCode; params?: IssueParams }, language: Locale | Translator): string {
  // The catalog's placeholders differ per code; parameters are plain strings and numbers, so the
  // translator is used with its key and values widened.
  const t = (typeof language === "string" ? getTranslator(language) : language) as unknown as (key: string, values: IssueParams) => string;
  return t(`issues.${i.code}`, i.params ?? {});
}

/** An issue the domain finds itself (a region the rules do not know, a slug in use). */
export function fieldIssue(path: string, code: IssueCode, params?: IssueParams): FieldIssue {
  return { path, code, ...(params ? { params } : {}), message: issueText({ code, params }, "en") };
}

type ZodIssue = z.core.$ZodIssue;
/** A zod issue's fields by name (its variants differ in which they have). */
const fieldsOf = (i: ZodIssue): Record<string, unknown> => Object.fromEntries(Object.entries(i));

function paramsOf(i: Record<string, unknown>): IssueParams | undefined {
  const out: IssueParams = {};
  for (const key of ["minimum", "maximum"] as const) {
    const v = i[key];
    if (typeof v === "number" || typeof v === "bigint") out[key] = Number(v);
  }
  const custom = i.params;
  if (custom && typeof custom === "object")
    for (const [k, v] of Object.entries(custom)) if (typeof v === "string" || typeof v === "number") out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** The generic code of a zod issue that did not name one. */
function genericCode(i: Record<string, unknown>): IssueCode {
  const origin = i.origin;
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined ? "required" : i.expected === "number" ? "number" : i.expected === "date" ? "date" : "invalid";
    case "too_small":
      return origin === "string" ? "tooShort" : origin === "array" || origin === "set" ? "tooFew" : "tooSmall";
    case "too_big":
      return origin === "string" ? "tooLong" : origin === "array" || origin === "set" ? "tooMany" : "tooBig";
    case "invalid_value":
      return "choice";
    case "invalid_format":
      return i.format === "email" ? "email" : i.format === "url" ? "url" : "invalid";
    default:
      return "invalid";
  }
}

/** zod issues as field issues ("documents.1.url"; "(root)" for the input as a whole). */
export function issuesFromZod(issues: ReadonlyArray<ZodIssue>): FieldIssue[] {
  return issues.map((i) => {
    const path = i.path.map(String).join(".") || "(root)";
    const params = paramsOf(fieldsOf(i));
    if (isIssueCode(i.message)) return fieldIssue(path, i.message, params);
    return { path, code: genericCode(fieldsOf(i)), ...(params ? { params } : {}), message: i.message };
  });
}
