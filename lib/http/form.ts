// HTML forms to domain input and back. Field names are the schema's paths ("title.en",
// "documents.1.url", "topicSlugs[]" for repeated values), so the domain's zod schema parses the form
// as it parses JSON, and its issue paths name the fields to mark. Isomorphic and pure. Field names
// come from whoever sent the request: none can reach an object prototype (see formInput).
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue, type FieldIssue } from "@/lib/errors/issues";

/** What the person typed, to put back in the form after an error (repeated names give arrays). */
export type FormValues = Record<string, string | string[]>;

export type FormStatus = "idle" | "ok" | "invalid" | "conflict" | "error";

/** The state a form action returns (useActionState), also rendered without JavaScript. */
export type FormState = {
  status: FormStatus;
  /** Different for every answer, so a form can remount with the values it should now show. */
  id?: string;
  values: FormValues;
  issues: FieldIssue[];
  /** The domain's safe message (English; forms show their own translated text where they can). */
  message?: string;
  requestId?: string;
  /** CONFLICT: what the stored record looks like now and what changed since the form was loaded. */
  conflict?: Record<string, unknown>;
  /** Action-specific results: a token shown once, a CSV preview, the id of what was saved. */
  data?: Record<string, unknown>;
};

export const IDLE: FormState = { status: "idle", values: {}, issues: [] };

/**
 * What a server action received, as a form. Actions are public POST endpoints: a hand-made request
 * may send anything or nothing, which reads as an empty form (every field missing).
 */
export function asFormData(received: unknown): FormData {
  return received instanceof FormData ? received : new FormData();
}

const isActionField = (name: string) => name.startsWith("$ACTION") || name.startsWith("$") || name === "";

/** Path segments that would reach an object's prototype: a field named so is refused, never applied. */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const segmentsOf = (name: string) => (name.endsWith("[]") ? name.slice(0, -2) : name).split(".");
const isForbidden = (name: string) => segmentsOf(name).some((part) => FORBIDDEN_SEGMENTS.has(part));

/** INVALID_INPUT naming every field whose name reaches for a prototype (a hand-made request). */
function refuseForbiddenNames(formData: FormData): void {
  const names = [...new Set([...formData.keys()].filter((n) => !isActionField(n) && isForbidden(n)))];
  if (names.length)
    throw new AppError("INVALID_INPUT", {
      userMessage: "Some field names are not allowed.",
      issues: names.map((name) => fieldIssue(name, "invalid")),
    });
}

export function formValues(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [name, value] of formData.entries()) {
    if (isActionField(name) || isForbidden(name) || typeof value !== "string") continue;
    const key = name.endsWith("[]") ? name.slice(0, -2) : name;
    // Own values only: a field named "toString[]" found Object.prototype.toString here (a 500, by
    // the fuzzer).
    const previous = Object.hasOwn(out, key) ? out[key] : undefined;
    if (name.endsWith("[]")) out[key] = [...(Array.isArray(previous) ? previous : []), value];
    else out[key] = value;
  }
  return out;
}

type Tree = { [key: string]: Tree | unknown };
/** Objects built from field names have no prototype, so no name can reach one. */
const node = (): Tree => Object.create(null) as Tree;

/**
 * The nested input object of a form. Empty fields are left out (so optional fields are absent),
 * numbered groups become arrays with empty groups dropped; `fieldOf` maps an issue path of the
 * parsed input back to the field's name. A field named with `__proto__`, `constructor` or
 * `prototype` as a segment is refused (INVALID_INPUT for that field).
 */
export function formInput(formData: FormData): { input: Record<string, unknown>; fieldOf: (path: string) => string } {
  refuseForbiddenNames(formData);
  const root = node();
  for (const [name, value] of formData.entries()) {
    if (isActionField(name)) continue;
    if (typeof value === "string" ? value.trim() === "" : value.size === 0) continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      const list = (root[key] as unknown[] | undefined) ?? [];
      root[key] = [...list, value];
      continue;
    }
    const parts = name.split(".");
    let at: Tree = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) at[part] = value;
      else {
        const next = at[part];
        at = next && typeof next === "object" && !Array.isArray(next) && !(next instanceof Blob) ? (next as Tree) : (at[part] = node());
      }
    });
  }
  const remap = new Map<string, string>();
  const compact = (value: unknown, path: string): unknown => {
    if (!value || typeof value !== "object" || Array.isArray(value) || value instanceof Blob) return value;
    const entries = Object.entries(value as Tree);
    if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
      return entries
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([k, v], i) => {
          if (String(i) !== k) remap.set(`${path}${i}`, `${path}${k}`);
          return compact(v, `${path}${k}.`);
        });
    }
    const out = node();
    for (const [k, v] of entries) out[k] = compact(v, `${path}${k}.`);
    return out;
  };
  const input = compact(root, "") as Record<string, unknown>;
  const fieldOf = (path: string) => {
    const parts = path.split(".");
    let out = "";
    for (const part of parts) {
      const next = out ? `${out}.${part}` : part;
      out = remap.get(next) ?? next;
    }
    return out;
  };
  return { input, fieldOf };
}

/** The first issue of a field (or of any field under it, for groups such as "title"). */
export function issueFor(issues: FieldIssue[], name: string): FieldIssue | undefined {
  return issues.find((i) => i.path === name) ?? issues.find((i) => i.path.startsWith(`${name}.`));
}

export function valueOf(values: FormValues, name: string): string | undefined {
  const v = values[name];
  return Array.isArray(v) ? v[0] : v;
}

export function valuesOf(values: FormValues, name: string): string[] {
  const v = values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
