// Responses shared by every route handler: the JSON error envelope { error: { code, message,
// issues? } } (or a small HTML page for form posts) with the status from ERROR_STATUS, public
// cacheable JSON with CORS for open data, private JSON for anything personal.
import type { z } from "zod";
import { env } from "@/lib/env";
import type { ErrorCode } from "@/lib/errors/app-error";
import { logUnknownError, toAppError } from "@/lib/errors/to-app-error";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";
import { simplePage } from "./simple-page";
import { CORS_HEADERS } from "./cors.js";

export function publicCacheControl(): string {
  const e = env();
  return `public, max-age=${e.PUBLIC_S_MAXAGE}, s-maxage=${e.PUBLIC_S_MAXAGE}, stale-while-revalidate=${e.PUBLIC_STALE_WHILE_REVALIDATE}, stale-if-error=${e.PUBLIC_STALE_IF_ERROR}`;
}

export const PRIVATE_NO_STORE = "private, no-store";

export { CORS_HEADERS };

/** Codes whose answer tells the client when to try again (details.retryAfter, seconds). */
const RETRY_CODES = new Set<ErrorCode>(["RATE_LIMITED", "UNAVAILABLE"]);

type ErrorAnswer = { status: number; code: ErrorCode | "INTERNAL"; message: string; issues?: unknown[]; headers: Record<string, string> };

/** What any thrown value answers (the one mapping is toAppError); unknown errors are logged here. */
function answerOf(e: unknown, requestId: string): ErrorAnswer {
  const known = toAppError(e);
  if (!known) {
    logUnknownError(e, requestId);
    return {
      status: 500,
      code: "INTERNAL",
      message: `Something went wrong on our side. Quote this reference if you report it: ${requestId}`,
      headers: {},
    };
  }
  if (known.code === "UNAVAILABLE") console.warn(`[${requestId}] 503: ${known.message}`);
  const retryAfter = known.details?.retryAfter;
  return {
    status: known.status,
    code: known.code,
    message: known.userMessage,
    ...(known.issues?.length ? { issues: known.issues } : {}),
    headers: typeof retryAfter === "number" && RETRY_CODES.has(known.code) ? { "Retry-After": String(retryAfter) } : {},
  };
}

/** The JSON error envelope; issues carry { path, code, params?, message } (message in English). */
export function errorResponse(e: unknown, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  const a = answerOf(e, requestId);
  const body = { error: { code: a.code, message: a.message, ...(a.issues ? { issues: a.issues } : {}) } };
  return new Response(JSON.stringify(body), {
    status: a.status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": PRIVATE_NO_STORE,
      "X-Request-Id": requestId,
      ...a.headers,
      ...extraHeaders,
    },
  });
}

/** The same answer as a small page in the visitor's language, for forms posted without JavaScript. */
export function htmlErrorResponse(e: unknown, requestId: string, language: unknown): Response {
  const a = answerOf(e, requestId);
  const locale = localeOf(language);
  const t = getTranslator(locale);
  const html = simplePage({
    lang: locale,
    title: a.code === "INTERNAL" ? t("errors.serverTitle") : t("errors.requestTitle"),
    paragraphs: [a.code === "INTERNAL" ? `${t("errors.serverBody")} (${requestId})` : t(`errors.codes.${a.code}`)],
    link: { href: localePath(locale, "/"), label: t("nav.home") },
  });
  return new Response(html, {
    status: a.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId, ...a.headers },
  });
}

/** A public, cacheable, CORS-enabled JSON response. The body is validated against its schema. */
export function publicJson<S extends z.ZodType>(
  schema: S,
  data: z.input<S>,
  requestId: string,
  init: { headers?: Record<string, string> } = {},
): Response {
  const body = schema.parse(data);
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": publicCacheControl(),
      "X-Request-Id": requestId,
      ...CORS_HEADERS,
      ...init.headers,
    },
  });
}

/** A personal response: never stored by shared caches. */
export function privateJson(status: number, body: unknown, requestId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId },
  });
}

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
