"use client";
// The frame of every admin form, GOV.UK style: an error summary that takes focus and links to the
// fields, the success message, the submit button, and after a 409 who changed what. The fields
// themselves are in fields.tsx. Works without JavaScript: the server renders the same form with
// the action's state.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { issueText, type FieldIssue } from "@/lib/errors/issues";
import { issueFor, valueOf, type FormState, type FormValues } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator, type Translator } from "@/lib/i18n/translator";

export function useTranslator(locale: Locale): Translator {
  return useMemo(() => getTranslator(locale), [locale]);
}

export const fieldId = (name: string, scope?: string) => `field-${scope ? `${scope}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

export type Ctx = { state: FormState; t: Translator; initial: FormValues; labels: Record<string, string>; scope?: string };
const FormContext = createContext<Ctx | null>(null);

function useForm(): Ctx {
  const ctx = useContext(FormContext);
  if (!ctx) throw new Error("Admin form fields must be inside <FormFrame>");
  return ctx;
}

/** The values a field shows: what was typed after an error, else the starting values. */
export function shown(ctx: Ctx, name: string): string {
  if (ctx.state.status !== "ok" && ctx.state.status !== "idle") return valueOf(ctx.state.values, name) ?? "";
  return valueOf(ctx.initial, name) ?? "";
}

export function FormFrame({
  state,
  t,
  initial = {},
  labels = {},
  scope,
  children,
}: {
  state: FormState;
  t: Translator;
  initial?: FormValues;
  labels?: Record<string, string>;
  /** Several forms on one page: keeps their field ids apart. */
  scope?: string;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ state, t, initial, labels, scope }), [state, t, initial, labels, scope]);
  return (
    <FormContext.Provider value={value}>
      <ErrorSummary />
      {children}
    </FormContext.Provider>
  );
}

function labelFor(labels: Record<string, string>, path: string): string | undefined {
  let p = path;
  while (p) {
    if (labels[p]) return labels[p];
    p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
  }
  return undefined;
}

function ErrorSummary() {
  const { state, t, labels, scope } = useForm();
  const ref = useRef<HTMLDivElement>(null);
  const failed = state.status === "invalid" || state.status === "error" || state.status === "conflict";
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [failed, state]);
  if (!failed) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref} data-testid="error-summary">
      <h2 id="error-summary-title">{state.status === "conflict" ? t("admin.form.conflictTitle") : t("admin.form.errorTitle")}</h2>
      {state.status === "invalid" ? <p>{t("admin.form.invalid")}</p> : null}
      {state.status === "error" ? (
        <p>{state.requestId ? t("admin.form.errorWithRef", { ref: state.requestId }) : t("admin.form.error")}</p>
      ) : null}
      {state.issues.length ? (
        <ul>
          {state.issues.map((issue, i) => {
            const label = labelFor(labels, issue.path);
            const text = issueText(issue, t);
            return (
              <li key={`${issue.path}-${i}`}>
                <a href={`#${fieldId(issue.path, scope)}`}>{label ? `${label}: ${text}` : text}</a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

export function useField(name: string, hint?: string) {
  const ctx = useForm();
  const id = fieldId(name, ctx.scope);
  const error = issueFor(ctx.state.issues, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { ctx, id, error, describedBy };
}

/** A field's hint, which its input points at with aria-describedby. */
export function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span className="hint" id={`${id}-hint`}>
      {hint}
    </span>
  ) : null;
}

export function Message({ id, error, t }: { id: string; error?: FieldIssue; t: Translator }) {
  if (!error) return null;
  return (
    <span className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">{t("admin.form.errorPrefix")} </span>
      {issueText(error, t)}
    </span>
  );
}

export function Hidden({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}

export function Submit({
  children,
  name,
  value,
  variant,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "secondary" | "warning";
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={variant ? `button button-${variant}` : "button"}
      disabled={pending}
      aria-disabled={pending}
    >
      {children}
    </button>
  );
}

/** A success message after a save (announced politely). */
export function Saved({ state, children }: { state: FormState; children: ReactNode }) {
  if (state.status !== "ok") return null;
  return (
    <div className="notice notice-success" role="status" data-testid="saved">
      {children}
    </div>
  );
}

type Change = { at: string; actor: string; action: string; fields: string[] };

/** After a 409: who changed what since the form was loaded (the person's input is kept). */
export function ConflictDetails({
  state,
  t,
  locale,
  fieldLabel,
}: {
  state: FormState;
  t: Translator;
  locale: Locale;
  fieldLabel: (field: string) => string;
}) {
  if (state.status !== "conflict" || !state.conflict) return null;
  const c = state.conflict as { expectedVersion?: number; currentVersion?: number; changes?: Change[] };
  return (
    <div className="notice notice-warning" data-testid="conflict">
      <p>{t("admin.form.conflictBody", { expected: String(c.expectedVersion ?? "?"), current: String(c.currentVersion ?? "?") })}</p>
      {c.changes?.length ? (
        <ul>
          {c.changes.map((ch, i) => (
            <li key={i}>
              {t("admin.form.changeLine", {
                actor: ch.actor,
                at: new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-FI`, { dateStyle: "medium", timeStyle: "short" }).format(
                  new Date(ch.at),
                ),
                fields: ch.fields.map(fieldLabel).join(", "),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
