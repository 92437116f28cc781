import "server-only";
// Route handlers are declared, not hand-written: who may call (access), what the query, route
// parameters and body look like (zod schemas), how large a body may be, CORS and the same-origin
// rule. The wrapper does the rest in one order, for every handler:
//   request id -> same-origin (unsafe methods with cookies) -> declared size (413) -> who is
//   asking and may they (401/403) -> body read within the limit (413) and parsed (400/422) ->
//   query (400) -> the handler (once per Idempotency-Key when `idempotent`) -> any error as the
//   JSON envelope or a small HTML page.
// So a handler is only the lines that differ: call one domain function, shape the answer.
import type { z } from "zod";
import { requireRole, type TRole, type UserActor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { actorFromApiToken, type ApiActor } from "@/lib/tokens/authenticate";
import type { TApiScope } from "@/lib/tokens/schemas";
import { requireScope } from "@/lib/tokens/scopes";
import { assertDeclaredSize, KB, readForm, readJson } from "./body";
import { formInput } from "./form";
import { idempotencyKeyOf, idempotent } from "./idempotency";
import { requestIdFrom } from "./request-id";
import { CORS_HEADERS, errorResponse, htmlErrorResponse } from "./responses";
import { assertSameOrigin, UNSAFE_METHODS } from "@/lib/auth/same-origin";

/**
 * Who may call: anyone ("public": the handler may still ask `session()`), any signed-in person
 * ("user"), or a role, optionally with the API token scope a token needs (sessions are limited by
 * role only). The authorization e2e test reads this declaration to know what to expect.
 */
export type Access = "public" | "user" | { role: TRole; scope?: TApiScope };

/** The default body limit of a route that declares none (every unsafe method has one). */
export const DEFAULT_MAX_BODY_BYTES = 64 * KB;

type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.infer<S> : undefined;

export type RouteSpec<A extends Access, B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined> = {
  access: A;
  /** The body's schema; JSON unless `bodyType: "form"` (urlencoded or multipart, field names as in lib/http/form.ts). */
  body?: B;
  bodyType?: "json" | "form";
  query?: Q;
  /** The route's dynamic segments ({ slug }, { locale }). */
  params?: P;
  /** Bytes; default DEFAULT_MAX_BODY_BYTES. Larger bodies are refused (413) before they are read. */
  maxBodyBytes?: number;
  /** Public GETs for any origin (open data). */
  cors?: boolean;
  /** The same-origin rule (lib/http/same-origin.ts) for unsafe methods; only one-click unsubscribe turns it off. */
  sameOrigin?: boolean;
  /** How errors are answered: the JSON envelope (default) or a page, for forms posted without JavaScript. */
  errors?: "json" | "html";
  /**
   * Honour an `Idempotency-Key` header (lib/http/idempotency.ts): the write is carried out once per
   * caller and key, a retry gets the first answer again, the same key with another body is 422.
   */
  idempotent?: boolean;
};

export type RouteArgs<A extends Access, B, Q, P> = {
  request: Request;
  requestId: string;
  /** The caller: a signed-in person or a token's owner, checked against `access` (null for public routes). */
  actor: A extends "public" ? null : ApiActor;
  /** The session's person, for public routes that answer differently when someone is signed in. */
  session: () => Promise<UserActor | null>;
  body: Parsed<B>;
  query: Parsed<Q>;
  params: P extends Schema ? z.infer<P> : Record<string, string>;
};

/** What Next calls. Its context is typed loosely so every route's generated parameter types fit. */
export type RouteHandler = ((request: Request, context: { params: Promise<unknown> }) => Promise<Response>) & {
  access: Access;
  /** The declaration itself, for the tests that read it (authorization, fuzzing from its schemas). */
  spec: RouteSpec<Access, Schema | undefined, Schema | undefined, Schema | undefined>;
};

async function identify(request: Request, access: Access): Promise<ApiActor | null> {
  if (access === "public") return null;
  const fromToken = await actorFromApiToken(request);
  if (fromToken) return fromToken;
  // A request that sent a token which is not valid is not a session request either.
  if (request.headers.get("authorization")) throw new AppError("UNAUTHENTICATED", { userMessage: "The API token is not valid." });
  const session = await currentActor();
  return session ? { ...session, via: "session", scopes: null } : null;
}

function authorize(actor: ApiActor | null, access: Access): void {
  if (access === "public") return;
  if (access === "user") {
    requireRole(actor, "USER");
    return;
  }
  const allowed = requireRole(actor, access.role);
  if (access.scope) requireScope(allowed, access.scope);
}

export function defineRoute<
  const A extends Access,
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(spec: RouteSpec<A, B, Q, P>, handler: (args: RouteArgs<A, B, Q, P>) => Promise<Response>): RouteHandler {
  const route = async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const rawParams = (await context.params) ?? {};
    try {
      const unsafe = UNSAFE_METHODS.has(request.method);
      if (unsafe && spec.sameOrigin !== false) assertSameOrigin(request);
      const limit = spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (unsafe || spec.body) assertDeclaredSize(request, limit);
      const actor = await identify(request, spec.access);
      authorize(actor, spec.access);
      const key = spec.idempotent ? idempotencyKeyOf(request) : null;
      let body: unknown;
      let raw: unknown;
      if (spec.body) {
        raw = spec.bodyType === "form" ? formInput(await readForm(request, limit)).input : await readJson(request, limit);
        body = parseInput(spec.body, raw);
      }
      const query = spec.query
        ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams.entries()), {
            code: "BAD_REQUEST",
            userMessage: "Some query parameters are not valid.",
          })
        : undefined;
      const params = spec.params ? parseInput(spec.params, rawParams, { code: "BAD_REQUEST" }) : rawParams;
      // The generic parameters are tied to the spec's schemas above; TypeScript cannot follow that.
      const args = { request, requestId, actor, session: currentActor, body, query, params } as RouteArgs<A, B, Q, P>;
      if (key && actor) return await idempotent(request, key, actor.userId, raw, () => handler(args));
      return await handler(args);
    } catch (e) {
      if (spec.errors === "html") return htmlErrorResponse(e, requestId, (rawParams as { locale?: unknown }).locale);
      return errorResponse(e, requestId, spec.cors ? CORS_HEADERS : {});
    }
  };
  return Object.assign(route, { access: spec.access, spec });
}
