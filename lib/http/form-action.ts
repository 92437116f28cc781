import "server-only";
// Server actions are declared, not hand-written. defineFormAction({ role, schema?, initiative? }, fn)
// does, for every form post, in one order: the role check (Next's unauthorized()/forbidden(), 401 and
// 403), a request id, the form as input (field names refused when they reach for a prototype), the
// schema (INVALID_INPUT per field), then fn, the few lines that differ: call one domain command and
// say what to show. An error becomes a FormState with per-field issues and the person's input kept;
// redirects and other Next interrupts pass through. The declared role is also what the authorization
// e2e test expects of the action.
import { randomUUID } from "node:crypto";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { RequestContext, TRole, UserActor } from "@/lib/auth/actor";
import { guard, rethrowAccessError } from "@/lib/auth/guard";
import { parseInput } from "@/lib/errors/parse-input";
import { logUnknownError, toAppError } from "@/lib/errors/to-app-error";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { redirect, unstable_rethrow } from "next/navigation";
import type { InitiativeRef } from "@/lib/initiatives/lock";
import { ZSlug } from "@/lib/initiatives/schemas";
import { asFormData, formInput, formValues, type FormState, type FormValues } from "./form";
import { requestIdFrom } from "./request-id";

type Schema = z.ZodType;

type Role = TRole | "public";

export type FormActionSpec<R extends Role, S extends Schema | undefined> = {
  /** Who may post: "public" for anyone (the command still decides), else the least role. */
  role: R;
  /** The input's schema; without one, fn receives the form as an object and the command parses it. */
  schema?: S;
  /** The form is about one initiative (hidden field "initiative": its slug): fn receives `ref`. */
  initiative?: boolean;
};

export type FormActionArgs<R extends Role, S extends Schema | undefined> = {
  /** The signed-in person (null for "public" actions). */
  actor: R extends "public" ? null : UserActor;
  input: S extends Schema ? z.infer<S> : Record<string, unknown>;
  ref: InitiativeRef;
  form: FormData;
  /** What the person typed, to show again. */
  values: FormValues;
  ctx: RequestContext & { requestId: string };
  /** The page's language (hidden field "locale"), for redirects. */
  locale: Locale;
  /** Values to show again if the command fails (e.g. the text of an uploaded file). */
  keep: (values: FormValues) => void;
};

const ZFormInitiative = z.object({ initiative: ZSlug });

/** The FormState of a failed post: the domain's code and issues, or a generic error with its request id. */
export function errorState(e: unknown, values: FormValues, fieldOf: (path: string) => string, requestId: string): FormState {
  const known = toAppError(e);
  if (!known) {
    logUnknownError(e, requestId);
    return { status: "error", id: randomUUID(), values, issues: [], requestId };
  }
  const issues = (known.issues ?? []).map((i) => ({ ...i, path: fieldOf(i.path) }));
  const base = { id: randomUUID(), values, issues, message: known.userMessage };
  if (known.code === "CONFLICT" && !issues.length) return { ...base, status: "conflict", conflict: known.details };
  if (known.code === "INVALID_INPUT" || known.code === "BAD_REQUEST" || known.code === "CONFLICT") return { ...base, status: "invalid" };
  return { ...base, status: "error" };
}

/**
 * A successful save: the page's server-rendered data is refreshed along with the form's state
 * (unless `stay`: the form keeps its place, e.g. a review confirmed in a list it would leave).
 */
export function okState(data?: Record<string, unknown>, values: FormValues = {}, options: { stay?: boolean } = {}): FormState {
  if (!options.stay) refresh();
  return { status: "ok", id: randomUUID(), values, issues: [], data };
}

async function run<R extends Role, S extends Schema | undefined>(
  spec: FormActionSpec<R, S>,
  received: unknown,
  fn: (args: FormActionArgs<R, S>) => Promise<FormState | void>,
): Promise<FormState> {
  // Server actions are public POST endpoints: the role is checked before anything is read.
  const actor = spec.role === "public" ? null : await guard(spec.role);
  const requestId = requestIdFrom(await headers());
  const form = asFormData(received);
  const values = formValues(form);
  const kept: FormValues = {};
  let fieldOf = (path: string) => path;
  try {
    const parsed = formInput(form);
    fieldOf = parsed.fieldOf;
    const input = spec.schema ? parseInput(spec.schema, parsed.input) : parsed.input;
    const ref = spec.initiative ? { slug: parseInput(ZFormInitiative, parsed.input).initiative } : { slug: "" };
    const ctx = { via: "web" as const, requestId };
    // The spec ties `actor` to R and `input` to S above; TypeScript cannot follow that through them.
    const keep = (more: FormValues) => void Object.assign(kept, more);
    const args = { actor, input, ref, form, values, ctx, locale: localeOf(form.get("locale")), keep } as FormActionArgs<R, S>;
    return (await fn(args)) ?? okState();
  } catch (e) {
    unstable_rethrow(e);
    rethrowAccessError(e);
    return errorState(e, { ...values, ...kept }, fieldOf, requestId);
  }
}

/** The declaration, kept on the action for the tests that read it (authorization, fuzzing from its schema). */
type Declared = { role: Role; spec: FormActionSpec<Role, Schema | undefined> & { refused?: (locale: Locale) => string } };
export type FormAction = ((previous: FormState, formData: FormData) => Promise<FormState>) & Declared & { kind: "form" };
export type PlainAction = ((formData: FormData) => Promise<void>) & Declared & { kind: "plain" };

/** An action for useActionState: it answers with the form's next state. */
export function defineFormAction<R extends Role, S extends Schema | undefined = undefined>(
  spec: FormActionSpec<R, S>,
  fn: (args: FormActionArgs<R, S>) => Promise<FormState | void>,
): FormAction {
  const action = async (_previous: FormState, formData: FormData) => run(spec, formData, fn);
  return Object.assign(action, { role: spec.role, spec, kind: "form" as const });
}

/**
 * An action for a plain <form action> (no state to show): it redirects when done, and to
 * `refused(locale)` when the input is refused (a hand-made post; forms cannot send one), so a bad
 * request is never an error page. Unknown errors are thrown on, as from any page.
 */
export function definePlainAction<R extends Role, S extends Schema | undefined = undefined>(
  spec: FormActionSpec<R, S> & { refused: (locale: Locale) => string },
  fn: (args: FormActionArgs<R, S>) => Promise<void>,
): PlainAction {
  const action = async (formData: FormData) => {
    const state = await run(spec, formData, async (args) => {
      await fn(args);
      return { status: "ok", values: {}, issues: [] };
    });
    if (state.status === "error" && state.requestId) throw new Error(`Form action failed; request ${state.requestId}`);
    if (state.status !== "ok") redirect(spec.refused(localeOf(asFormData(formData).get("locale"))));
  };
  return Object.assign(action, { role: spec.role, spec, kind: "plain" as const });
}
