// Route handler plumbing shared by every JSON endpoint: request ids, the error envelope
// { error: { code, message, issues? } } with the status from ERROR_STATUS, per-field 400s for bad
// query parameters, cache headers (public for open data, private for anything personal) and CORS.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError, isAppError, issuesFromZod } from "./errors";

export type RouteContext<P = Record<string, string>> = { params: Promise<P> };

export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w-]{8,100}$/.test(given) ? given : randomUUID();
}

export function publicCacheControl(): string {
  const e = env();
  return `public, max-age=${e.PUBLIC_S_MAXAGE}, s-maxage=${e.PUBLIC_S_MAXAGE}, stale-while-revalidate=${e.PUBLIC_STALE_WHILE_REVALIDATE}, stale-if-error=${e.PUBLIC_STALE_IF_ERROR}`;
}

export const PRIVATE_NO_STORE = "private, no-store";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, X-Request-Id, Link",
  "Access-Control-Max-Age": "86400",
};

export function errorResponse(e: unknown, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": PRIVATE_NO_STORE,
    "X-Request-Id": requestId,
    ...extraHeaders,
  };
  if (isAppError(e)) {
    const body = { error: { code: e.code, message: e.userMessage, ...(e.issues?.length ? { issues: e.issues } : {}) } };
    if (e.code === "RATE_LIMITED" && typeof e.details?.retryAfter === "number")
      headers["Retry-After" as keyof typeof headers] = String(e.details.retryAfter);
    return new Response(JSON.stringify(body), { status: e.status, headers });
  }
  console.error(`[${requestId}]`, e);
  return new Response(
    JSON.stringify({
      error: { code: "INTERNAL", message: `Something went wrong on our side. Quote this reference if you report it: ${requestId}` },
    }),
    {
      status: 500,
      headers,
    },
  );
}

/** Query parameters parsed with a domain schema; a bad one is a 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = schema.safeParse(params);
  if (!result.success)
    throw new AppError("BAD_REQUEST", { userMessage: "Some query parameters are not valid.", issues: issuesFromZod(result.error.issues) });
  return result.data;
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

/** Wraps a handler: every error becomes the JSON envelope (public GETs keep their CORS headers). */
export function handle<P>(
  fn: (request: Request, ctx: RouteContext<P>, requestId: string) => Promise<Response>,
  options: { cors?: boolean } = {},
) {
  return async (request: Request, ctx: RouteContext<P>): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      return await fn(request, ctx, requestId);
    } catch (e) {
      return errorResponse(e, requestId, options.cors ? CORS_HEADERS : {});
    }
  };
}

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
