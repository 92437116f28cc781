import "server-only";
// Running a domain command from a form post (server action): the form becomes input, the
// command's AppError becomes a FormState with per-field issues, the person's input is kept, and
// 401/403 become Next's unauthorized()/forbidden(). Unknown errors are logged with a request id and
// shown generically. Redirects and other Next interrupts pass through.
import { randomUUID } from "node:crypto";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { rethrowAccessError } from "@/lib/auth/guard";
import type { RequestContext } from "@/lib/auth/actor";
import { isAppError } from "./errors";
import { asFormData, formInput, formValues, type FormState, type FormValues } from "./form";

export async function webContext(): Promise<RequestContext & { requestId: string }> {
  const given = (await headers()).get("x-request-id");
  return { via: "web", requestId: given && /^[\w-]{8,100}$/.test(given) ? given : randomUUID() };
}

export type FormRun<T> = { ok: true; value: T; values: FormValues } | { ok: false; state: FormState };

export async function runForm<T>(
  formData: FormData,
  command: (input: Record<string, unknown>) => Promise<T>,
  options: { requestId?: string; stripPrefix?: string } = {},
): Promise<FormRun<T>> {
  const form = asFormData(formData);
  const { input, fieldOf } = formInput(form);
  const values = formValues(form);
  try {
    return { ok: true, value: await command(input), values };
  } catch (e) {
    unstable_rethrow(e);
    rethrowAccessError(e);
    return {
      ok: false,
      state: { ...errorState(e, values, (p) => fieldOf(strip(p, options.stripPrefix)), options.requestId), id: randomUUID() },
    };
  }
}

function strip(path: string, prefix: string | undefined): string {
  return prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

export function errorState(e: unknown, values: FormValues, fieldOf: (path: string) => string = (p) => p, requestId?: string): FormState {
  if (isAppError(e)) {
    const issues = (e.issues ?? []).map((i) => ({ path: fieldOf(i.path), message: i.message }));
    if (e.code === "CONFLICT" && !issues.length) return { status: "conflict", values, issues, message: e.userMessage, conflict: e.details };
    if (e.code === "INVALID_INPUT" || e.code === "BAD_REQUEST" || e.code === "CONFLICT")
      return { status: "invalid", values, issues, message: e.userMessage };
    return { status: "error", values, issues, message: e.userMessage };
  }
  const ref = requestId ?? randomUUID();
  console.error(`[${ref}]`, e);
  return { status: "error", values, issues: [], requestId: ref };
}

/**
 * A successful save: the page's server-rendered data is refreshed along with the form's state
 * (unless `stay`: the form keeps its place, e.g. a review confirmed in a list it would leave).
 */
export function okState(data?: Record<string, unknown>, values: FormValues = {}, options: { stay?: boolean } = {}): FormState {
  if (!options.stay) refresh();
  return { status: "ok", id: randomUUID(), values, issues: [], data };
}
