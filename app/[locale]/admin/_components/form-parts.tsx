"use client";
// The pieces every admin form is made of, GOV.UK style: an error summary that takes focus and
// links to the fields, and fields with label, hint, message and the person's input kept. Works
// without JavaScript: the server renders the same form with the action's state.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { issueFor, valueOf, valuesOf, type FormState, type FormValues } from "@/lib/http/form";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { getTranslator, type Translator } from "@/lib/i18n/translator";
import { issueText } from "./issue-text";

export function useTranslator(locale: Locale): Translator {
  return useMemo(() => getTranslator(locale), [locale]);
}

export const fieldId = (name: string, scope?: string) => `field-${scope ? `${scope}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

type Ctx = { state: FormState; t: Translator; initial: FormValues; labels: Record<string, string>; scope?: string };
const FormContext = createContext<Ctx | null>(null);

function useForm(): Ctx {
  const ctx = useContext(FormContext);
  if (!ctx) throw new Error("Admin form fields must be inside <FormFrame>");
  return ctx;
}

/** The values a field shows: what was typed after an error, else the starting values. */
function shown(ctx: Ctx, name: string): string {
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
            const text = issueText(issue.message, t);
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

function useField(name: string, hint?: string) {
  const ctx = useForm();
  const id = fieldId(name, ctx.scope);
  const error = issueFor(ctx.state.issues, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { ctx, id, error, describedBy };
}

function Message({ id, error, t }: { id: string; error?: string; t: Translator }) {
  if (!error) return null;
  return (
    <span className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">{t("admin.form.errorPrefix")} </span>
      {issueText(error, t)}
    </span>
  );
}

type Common = { name: string; label?: string; hint?: string; optional?: boolean; lang?: string };

function Label({ id, label, optional, t }: { id: string; label: string; optional?: boolean; t: Translator }) {
  return (
    <label htmlFor={id}>
      {label}
      {optional ? <span className="optional"> {t("admin.form.optional")}</span> : null}
    </label>
  );
}

export function Field({
  name,
  label,
  hint,
  optional,
  type = "text",
  inputMode,
  autoComplete,
  width,
  lang,
}: Common & { type?: string; inputMode?: "numeric" | "url" | "email" | "text"; autoComplete?: string; width?: "short" | "medium" }) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  return (
    <div className={error ? "field field-error" : "field"}>
      <Label id={id} label={label ?? ctx.labels[name] ?? name} optional={optional} t={ctx.t} />
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} t={ctx.t} />
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        lang={lang}
        className={width ? `input-${width}` : undefined}
        defaultValue={shown(ctx, name)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export function TextArea({ name, label, hint, optional, rows = 4, lang, code }: Common & { rows?: number; code?: boolean }) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  return (
    <div className={error ? "field field-error" : "field"}>
      <Label id={id} label={label ?? ctx.labels[name] ?? name} optional={optional} t={ctx.t} />
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} t={ctx.t} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        className={code ? "code" : undefined}
        spellCheck={code ? false : undefined}
        defaultValue={shown(ctx, name)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export function Select({ name, label, hint, optional, options }: Common & { options: { value: string; label: string }[] }) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  return (
    <div className={error ? "field field-error" : "field"}>
      <Label id={id} label={label ?? ctx.labels[name] ?? name} optional={optional} t={ctx.t} />
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} t={ctx.t} />
      <select id={id} name={name} defaultValue={shown(ctx, name)} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes sent as name[] (a list). */
export function Checkboxes({
  name,
  legend,
  hint,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  const checked = ctx.state.status !== "ok" && ctx.state.status !== "idle" ? valuesOf(ctx.state.values, name) : valuesOf(ctx.initial, name);
  return (
    <fieldset className={error ? "field field-error" : "field"} aria-describedby={describedBy} id={id}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} t={ctx.t} />
      <div className="checkboxes">
        {options.map((o) => (
          <div key={o.value}>
            <input type="checkbox" id={`${id}-${o.value}`} name={`${name}[]`} value={o.value} defaultChecked={checked.includes(o.value)} />{" "}
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One text per language (name.en, name.fi, name.sv) in a fieldset. */
export function LocalizedFields({
  name,
  legend,
  hint,
  multiline,
  rows,
}: {
  name: string;
  legend: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
}) {
  const { ctx, id, error } = useField(name, hint);
  const groupError = ctx.state.issues.find((i) => i.path === name)?.message;
  return (
    <fieldset className={error ? "field field-error" : "field"} id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={groupError} t={ctx.t} />
      {LOCALES.map((l) => {
        const label = ctx.t("admin.form.inLanguage", { language: ctx.t(`admin.form.languages.${l}`) });
        return multiline ? (
          <TextArea key={l} name={`${name}.${l}`} label={label} lang={l} rows={rows} optional />
        ) : (
          <Field key={l} name={`${name}.${l}`} label={label} lang={l} optional />
        );
      })}
    </fieldset>
  );
}

/** One choice of several, as radio buttons. */
export function Radios({
  name,
  legend,
  hint,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  const current = shown(ctx, name);
  return (
    <fieldset className={error ? "field field-error" : "field"} aria-describedby={describedBy} id={id}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <Message id={id} error={error} t={ctx.t} />
      <div className="checkboxes">
        {options.map((o) => (
          <div key={o.value}>
            <input type="radio" id={`${id}-${o.value}`} name={name} value={o.value} defaultChecked={current === o.value} />{" "}
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
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
